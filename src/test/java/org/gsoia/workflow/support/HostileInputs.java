package org.gsoia.workflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input, generated: the texts every text field gets (control characters, NUL, 100,000 characters, mixed scripts
 * with a right-to-left override), values of the wrong JSON type for every field, unreadable bodies (malformed, nested
 * deeper than any reader should follow, 20 MB), odd content types and crafted paths. Fields are named by their path
 * in the body as the API's problem documents name them: {@code visitors[0].passportNumber}.
 */
public final class HostileInputs {

    /** One bad text; {@code mustBeRefused}: no field may take it (a control character, more than any column holds). */
    public record BadText(String label, String value, boolean mustBeRefused) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One body that is not what the endpoint reads; {@code mustBeRefused} false for those that JSON allows (a BOM,
     * whitespace, an optional body left out) or that Jackson takes (text after the value), which may be accepted.
     */
    public record BadBody(String label, byte[] content, boolean mustBeRefused) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileInputs() {
    }

    /** The texts every text field gets. */
    public static List<BadText> texts() {
        return List.of(
                new BadText("NUL", "Ordner\u0000fehlt", true),
                new BadText("U+0001", "Ordner\u0001fehlt", true),
                new BadText("ESC sequence", "Ordner\u001b[31mfehlt", true),
                new BadText("DEL", "Ordner\u007ffehlt", true),
                new BadText("NEL U+0085", "Ordner\u0085fehlt", true),
                new BadText("line separator U+2028", "Ordner\u2028fehlt", true),
                new BadText("100,000 characters", "A".repeat(100_000), true),
                // Latin, Cyrillic, Japanese, Arabic and an override that turns the rest around on screen
                new BadText("mixed scripts with U+202E", "Anna Ивановна 山田 \u202Eأحمد fdp.exe", false));
    }

    /** A smaller set, for endpoints whose every field already meets {@link #texts()} elsewhere. */
    public static List<BadText> someTexts() {
        return texts().stream().filter(t -> t.label().equals("NUL") || t.label().startsWith("100,000")
                || t.label().startsWith("mixed")).toList();
    }

    /** Values of every JSON type; a field gets those whose type is not its own. */
    public static List<JsonNode> jsonValues() {
        ArrayNode array = NODES.arrayNode().add("x");
        ObjectNode object = NODES.objectNode().put("x", 1);
        return List.of(NODES.numberNode(42), NODES.numberNode(-1.5e300), NODES.booleanNode(true), NODES.textNode("x"),
                array, object);
    }

    /** The leaves of a body by path ({@code sites[0].name}); the first element of each array stands for all. */
    public static Map<String, JsonNode> leaves(JsonNode body) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect(body, "", leaves, false);
        return leaves;
    }

    /** Every path of a body, leaves and the objects and arrays between, for values of the wrong type. */
    public static Map<String, JsonNode> paths(JsonNode body) {
        Map<String, JsonNode> paths = new LinkedHashMap<>();
        collect(body, "", paths, true);
        return paths;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> into, boolean inner) {
        if (node.isObject()) {
            if (inner && !path.isEmpty()) {
                into.put(path, node);
            }
            node.fields().forEachRemaining(field -> collect(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into, inner));
        } else if (node.isArray()) {
            if (inner) {
                into.put(path, node);
            }
            if (!node.isEmpty()) {
                collect(node.get(0), path + "[0]", into, inner);
            }
        } else {
            into.put(path, node);
        }
    }

    /** The body with the value at the path replaced (or added, for an optional field the body leaves out). */
    public static ObjectNode with(ObjectNode body, String path, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        JsonNode holder = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (step.contains("[")) {
                int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
                ArrayNode array = (ArrayNode) holder.get(name);
                if (last) {
                    array.set(index, value);
                } else {
                    holder = array.get(index);
                }
            } else if (last) {
                ((ObjectNode) holder).set(name, value);
            } else {
                holder = holder.get(name);
            }
        }
        return copy;
    }

    /** Bodies no JSON reader should take, nor choke on. */
    public static List<BadBody> unreadableBodies(ObjectNode valid) {
        List<BadBody> bodies = new ArrayList<>();
        String text = valid.toString();
        bodies.add(body("empty", ""));
        bodies.add(body("whitespace", "  \n "));
        bodies.add(body("cut off", text.substring(0, text.length() / 2)));
        bodies.add(body("trailing garbage", text + "}{"));
        bodies.add(body("single quotes", text.replace('"', '\'')));
        bodies.add(body("comment", "/* hi */" + text));
        bodies.add(body("NaN", "{\"x\": NaN}"));
        bodies.add(body("unquoted names", "{eventType: LOSS}"));
        bodies.add(body("array instead of object", "[" + text + "]"));
        bodies.add(body("string instead of object", "\"" + text.replace("\"", "\\\"") + "\""));
        bodies.add(body("number instead of object", "12345678901234567890123456789"));
        bodies.add(body("null", "null"));
        bodies.add(body("raw NUL byte", "{\"x\u0000\": 1}"));
        bodies.add(body("unescaped control character in a string", text.replaceFirst(":\"", ":\"\u0001")));
        bodies.add(new BadBody("invalid UTF-8", concat(text.substring(0, 10).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                text.substring(10).getBytes(StandardCharsets.UTF_8)), true));
        bodies.add(new BadBody("UTF-16 with BOM", text.getBytes(StandardCharsets.UTF_16), false));
        bodies.add(body("lone surrogate escape", text.replaceFirst(":\"", ":\"\\\\uD800")));
        bodies.add(body("unknown property", text.replaceFirst("\\{", "{\"__proto__\": {\"admin\": true},")));
        bodies.add(body("50,000 nested arrays", "[".repeat(50_000) + "]".repeat(50_000)));
        bodies.add(body("50,000 nested objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
        bodies.add(body("nested objects in a field", text.replaceFirst("\\{", "{\"deep\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + ",")));
        bodies.add(body("20 MB body", text.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(20 * 1024 * 1024)
                + "\",")));
        bodies.add(body("20 MB of whitespace", " ".repeat(20 * 1024 * 1024) + text));
        return bodies;
    }

    /** Bodies a client may legitimately send (JSON allows them, or the body is optional); all others are refused. */
    private static final List<String> READABLE = List.of("empty", "whitespace", "null", "UTF-16 with BOM",
            "20 MB of whitespace");

    private static BadBody body(String label, String content) {
        return new BadBody(label, content.getBytes(StandardCharsets.UTF_8), !READABLE.contains(label));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Content types a JSON endpoint does not read, and some that look like JSON but are not quite. */
    public static List<String> contentTypes() {
        return List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "application/json-patch+json",
                "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/*",
                "*/*", "garbage", ";;;", "application/json; boundary=\"", "");
    }

    /** Paths below a resource collection that try to climb out of it, hide a NUL, or are far too long. */
    public static List<String> craftedIds() {
        return List.of("..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/actuator", "..;/..;/actuator", "%00",
                "VR-2026-000001%00.json", "%2500", "%0d%0aSet-Cookie:%20x=y", "%E2%80%AE", "%C0%AE%C0%AE",
                "%FF%FE", "x".repeat(10_000), "1'%20or%20'1'='1", "%27%3B%20drop%20table%20visit_request%3B--",
                "%7B%7B7*7%7D%7D", "%24%7Bjndi:ldap:%2F%2Fx%7D", "CON", "..", ".", "%20", "a%5cb");
    }

    /** Query strings for a paged list: out of range, not numbers, repeated, and texts that are not texts. */
    public static List<String> pagedQueries() {
        return List.of("page=-1", "page=2147483647", "page=99999999999", "page=abc", "page=1e3", "page=%00",
                "size=0", "size=-5", "size=201", "size=2147483647", "size=", "page=1&page=2", "page=0&size=200",
                "page=%EF%BC%91", "size=%2B5", "size=" + "9".repeat(5_000), "page=0x10");
    }
}
