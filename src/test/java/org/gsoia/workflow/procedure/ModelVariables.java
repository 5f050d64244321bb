package org.gsoia.workflow.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The process variables the models in {@code processes/} read and write, found by reading the XML: every expression
 * (conditions, timers, assignees and candidate groups, service task expressions, input/output mappings) and the
 * input expressions of the DMN decisions a business rule task calls. Identifiers followed by a dot or a bracket
 * are objects (Spring beans, {@code execution}), not variables; so are delegate expressions.
 */
final class ModelVariables {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([A-Za-z_$][\\w$]*)(?![\\w$])(?!\\s*[.(\\[])");
    /** Words of the expression languages, and the objects the engine puts into every expression's context. */
    private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "externalTask",
            "authenticatedUserId", "variableScope", "connector", "if", "then", "else", "in", "some", "every",
            "satisfies", "between", "function", "for", "return");

    /** One variable read or written by one element of one model. */
    record Use(String variable, String model, String elementId) {
        @Override
        public String toString() {
            return model + " (" + elementId + ")";
        }
    }

    /** What the models of one process read and write. */
    record Process(String key, String model, List<Use> reads, List<Use> writes) {
        Set<String> readNames() {
            Set<String> names = new LinkedHashSet<>();
            reads.forEach(use -> names.add(use.variable()));
            return names;
        }

        Set<String> writtenNames() {
            Set<String> names = new LinkedHashSet<>();
            writes.forEach(use -> names.add(use.variable()));
            return names;
        }
    }

    private ModelVariables() {
    }

    /** Every executable process of every BPMN model in the folder, with the DMN inputs of the decisions it calls. */
    static List<Process> read(Path folder) throws IOException {
        Map<String, List<Use>> decisionInputs = new LinkedHashMap<>();
        List<Path> models;
        try (var files = Files.list(folder)) {
            models = files.sorted().toList();
        }
        for (Path dmn : models.stream().filter(p -> p.toString().endsWith(".dmn")).toList()) {
            Document document = parse(dmn);
            NodeList decisions = document.getElementsByTagNameNS("*", "decision");
            for (int i = 0; i < decisions.getLength(); i++) {
                Element decision = (Element) decisions.item(i);
                List<Use> inputs = new ArrayList<>();
                NodeList expressions = decision.getElementsByTagNameNS("*", "inputExpression");
                for (int j = 0; j < expressions.getLength(); j++) {
                    Element expression = (Element) expressions.item(j);
                    for (String name : identifiers(expression.getTextContent())) {
                        inputs.add(new Use(name, dmn.getFileName().toString(), decision.getAttribute("id")));
                    }
                }
                decisionInputs.put(decision.getAttribute("id"), inputs);
            }
        }
        List<Process> processes = new ArrayList<>();
        for (Path bpmn : models.stream().filter(p -> p.toString().endsWith(".bpmn")).toList()) {
            Document document = parse(bpmn);
            NodeList found = document.getElementsByTagNameNS(BPMN, "process");
            for (int i = 0; i < found.getLength(); i++) {
                Element process = (Element) found.item(i);
                List<Use> reads = new ArrayList<>();
                List<Use> writes = new ArrayList<>();
                walk(process, bpmn.getFileName().toString(), process.getAttribute("id"), reads, writes, decisionInputs);
                processes.add(new Process(process.getAttribute("id"), bpmn.getFileName().toString(), reads, writes));
            }
        }
        return processes;
    }

    private static void walk(Element element, String model, String elementId, List<Use> reads, List<Use> writes,
                             Map<String, List<Use>> decisionInputs) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
        if ("documentation".equals(element.getLocalName())) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!CAMUNDA.equals(attribute.getNamespaceURI())) {
                continue;
            }
            switch (attribute.getLocalName()) {
                case "delegateExpression" -> { } // a bean, by definition
                case "resultVariable", "elementVariable" -> writes.add(new Use(attribute.getValue(), model, id));
                case "decisionRef" -> reads.addAll(decisionInputs.getOrDefault(attribute.getValue(), List.of()).stream()
                        .map(use -> new Use(use.variable(), model + " → " + use.model(), id)).toList());
                default -> expressions(attribute.getValue()).forEach(name -> reads.add(new Use(name, model, id)));
            }
        }
        if (CAMUNDA.equals(element.getNamespaceURI()) && ("inputParameter".equals(element.getLocalName())
                || "outputParameter".equals(element.getLocalName()))) {
            writes.add(new Use(element.getAttribute("name"), model, id));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, model, id, reads, writes, decisionInputs);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                expressions(child.getNodeValue()).forEach(name -> reads.add(new Use(name, model, id)));
            }
        }
    }

    /** The variables read by the {@code ${...}} expressions in a text. */
    static List<String> expressions(String text) {
        List<String> names = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text == null ? "" : text);
        while (expression.find()) {
            names.addAll(identifiers(expression.group(1)));
        }
        return names;
    }

    /** The variable names in one expression (without the {@code ${ }}). */
    static List<String> identifiers(String expression) {
        List<String> names = new ArrayList<>();
        Matcher identifier = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll("''"));
        while (identifier.find()) {
            if (!NOT_VARIABLES.contains(identifier.group(1)) && !identifier.group(1).matches("\\d.*")) {
                names.add(identifier.group(1));
            }
        }
        return names;
    }

    private static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Cannot read " + file, e);
        }
    }
}
