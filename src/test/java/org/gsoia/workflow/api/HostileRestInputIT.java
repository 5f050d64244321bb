package org.gsoia.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.breach.TestBreaches;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.HostileInputs;
import org.gsoia.workflow.support.HostileInputs.BadBody;
import org.gsoia.workflow.support.HostileInputs.BadText;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, item 14: generated bad input against every REST endpoint on PostgreSQL (see {@link HostileInputs}).
 * For each input: no 5xx; a refusal of a field's value is a problem document naming that field; and nothing of a
 * refused input is saved: the rows of the procedure's tables and its process instances (and the state of the case
 * an amendment, cancellation or withdrawal aims at) are as before. The class prints its figures at the end.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRestInputIT {

    private static final String VISITS = "/api/visit-requests";
    private static final String BREACHES = "/api/breaches";
    private static final String ASSURANCES = "/api/fsc-assurance-requests";
    private static final String CLEARANCES = "/api/facility-clearances";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired LeadTimes leadTimes;
    @Autowired Clock clock;

    /** A German company whose clearance BMWE has in process: what the JP authority asks about. */
    private String facility;
    private final List<String> createdVisits = new ArrayList<>();
    private final List<String> createdBreaches = new ArrayList<>();

    private int tried;
    private int serverErrors;
    private int partialSaves;
    private int unnamedRefusals;
    private int wronglyAccepted;
    private final List<String> findings = new ArrayList<>();

    /** The procedure an input may change: its tables' row counts and process instances, as one text. */
    private enum Domain {
        VISIT("select concat_ws(',', (select count(*) from visit_request where applicant_user_id = 'applicant.de'),"
                + " (select count(*) from visit_site s join visit_request r on r.id = s.visit_request_id"
                + " where r.applicant_user_id = 'applicant.de'),"
                + " (select count(*) from visit_visitor v join visit_request r on r.id = v.visit_request_id"
                + " where r.applicant_user_id = 'applicant.de'),"
                + " (select count(*) from act_hi_procinst where proc_def_key_ = 'visit-request'))",
                "select status || ':' || version from visit_request where reference = ?"),
        BREACH("select concat_ws(',', (select count(*) from breach_case where reported_by = 'facility.de'),"
                + " (select count(*) from breach_item i join breach_case c on c.id = i.case_id"
                + " where c.reported_by = 'facility.de'),"
                + " (select count(*) from act_hi_procinst where proc_def_key_ = 'breach-notification'))", null),
        ASSURANCE("select concat_ws(',', (select count(*) from fsc_assurance_request),"
                + " (select count(*) from fsc_assurance_update),"
                + " (select count(*) from act_hi_procinst where proc_def_key_ = 'facility-clearance'))",
                "select status || ':' || version from fsc_assurance_request where reference = ?"),
        REGISTER("select concat_ws(',', (select count(*) from facility), (select count(*) from"
                + " facility_clearance_change))", null);

        final String counts;
        final String state;

        Domain(String counts, String state) {
            this.counts = counts;
            this.state = state;
        }
    }

    /** One endpoint that reads a body: who calls it, where, and a body it takes. */
    private record Endpoint(String name, String user, HttpMethod method, Supplier<String> path,
                            Supplier<ObjectNode> valid, Domain domain, Supplier<String> target, boolean creates,
                            List<BadText> texts) {
    }

    /** One input and what to expect: the field a refusal must name (null: none), whether it must be refused. */
    private record Input(String label, Endpoint endpoint, MockHttpServletRequestBuilder request, String field,
                         boolean mustBeRefused) {
    }

    private String amendable;
    private String cancellable;
    private String withdrawable;

    @BeforeAll
    void aCompanyToAskAbout() {
        facility = TestFacilities.germanInProcess(jdbc);
    }

    @AfterAll
    void figuresAndCleanUp() {
        System.out.printf("Hostile REST inputs: %d tried, %d 5xx, %d partial saves, %d refusals naming no field,"
                + " %d bad inputs accepted%n", tried, serverErrors, partialSaves, unnamedRefusals, wronglyAccepted);
        findings.forEach(finding -> System.out.println("  " + finding));
        for (String reference : createdBreaches) {
            TestBreaches.end(jdbc, runtimeService, reference);
        }
        jdbc.queryForList("select reference from fsc_assurance_request where facility_id = ?", String.class, facility)
                .forEach(this::endProcess);
        // the facility and its requests stay: kept case facts of ended cases must equal facts rebuilt from their rows
        createdVisits.forEach(this::endProcess);
        assertThat(serverErrors).as("5xx").isZero();
        assertThat(partialSaves).as("partial saves").isZero();
        assertThat(unnamedRefusals).as("refusals naming no field").isZero();
        assertThat(wronglyAccepted).as("bad inputs accepted").isZero();
        assertThat(tried).as("inputs tried").isGreaterThanOrEqualTo(200);
    }

    private void endProcess(String reference) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "hostile input test over"));
    }

    // --- valid bodies, each with every text field filled ---

    private ObjectNode visit() {
        return json.<ObjectNode>valueToTree(VisitRequestSamples.valid(leadTimes.today("JP")))
                .put("emergencyJustification", "Sea trial moved forward")
                .put("priorCoordinationNote", "Agreed with ATLA by phone")
                .put("textLanguage", "en");
    }

    private ObjectNode breach() {
        ZonedDateTime discovered = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).minusMinutes(20)
                .withNano(0);
        ObjectNode body = NODES.objectNode().put("eventType", "LOSS").put("facilityId", "DE-RHEINTAL-FDH")
                .put("location", "Registratur").put("discoveredAt", discovered.toOffsetDateTime().toString())
                .put("discoveredZone", "Europe/Berlin")
                .put("occurredAt", discovered.minusHours(5).toOffsetDateTime().toString())
                .put("circumstances", "Ordner fehlt beim Abgleich").put("unauthorisedRecipients", "unbekannt")
                .put("containment", "Raum versiegelt").put("pointOfContact", "Markus Hoffmann");
        body.putArray("items").addObject().put("originator", "ATLA").put("registryNumber", "ATLA-2026-0112")
                .put("title", "Unclassified title").put("date", discovered.toLocalDate().minusDays(30).toString())
                .put("copyNumber", "2").put("medium", "PAPER").put("levelId", "JP-GOKUHI");
        return body;
    }

    private ObjectNode assurance() {
        return NODES.objectNode().put("facilityId", facility).put("contractingEntity", "防衛装備庁")
                .put("reason", "CONTRACT").put("requiredLevelId", "JP-GOKUHI").put("storageLevelId", "JP-HI")
                .put("contractReference", "ATLA-2026-0042").put("urgent", false).put("sponsorshipRequested", true);
    }

    private ObjectNode reason(String text) {
        return NODES.objectNode().put("reason", text);
    }

    // --- cases for amendments, cancellations and withdrawals, filed again once one was used up ---

    private String created(String user, String path, ObjectNode body) {
        try {
            MockHttpServletResponse answer = mvc.perform(request(HttpMethod.POST, path).with(httpBasic(user, "demo"))
                    .contentType("application/json").content(body.toString())).andReturn().getResponse();
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
            String location = answer.getHeader("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private String amendable() {
        if (amendable == null) {
            amendable = created("applicant.de", VISITS, visit());
            createdVisits.add(amendable);
        }
        return amendable;
    }

    private String cancellable() {
        if (cancellable == null) {
            cancellable = created("applicant.de", VISITS, visit());
            createdVisits.add(cancellable);
        }
        return cancellable;
    }

    private String withdrawable() {
        if (withdrawable == null) {
            withdrawable = created("security.jp1", ASSURANCES, assurance());
        }
        return withdrawable;
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("visit request", "applicant.de", HttpMethod.POST, () -> VISITS, this::visit,
                        Domain.VISIT, () -> null, true, HostileInputs.texts()),
                new Endpoint("visit amendment", "applicant.de", HttpMethod.PUT, () -> VISITS + "/" + amendable(),
                        this::visit, Domain.VISIT, this::amendable, false, HostileInputs.someTexts()),
                new Endpoint("visit cancellation", "applicant.de", HttpMethod.POST,
                        () -> VISITS + "/" + cancellable() + "/cancellation", () -> reason("Programme postponed"),
                        Domain.VISIT, this::cancellable, false, HostileInputs.texts()),
                new Endpoint("breach report", "facility.de", HttpMethod.POST, () -> BREACHES, this::breach,
                        Domain.BREACH, () -> null, true, HostileInputs.texts()),
                new Endpoint("assurance request", "security.jp1", HttpMethod.POST, () -> ASSURANCES,
                        this::assurance, Domain.ASSURANCE, () -> null, true, HostileInputs.texts()),
                new Endpoint("assurance withdrawal", "security.jp1", HttpMethod.POST,
                        () -> ASSURANCES + "/" + withdrawable() + "/withdrawal", () -> reason("Contract cancelled"),
                        Domain.ASSURANCE, this::withdrawable, false, HostileInputs.texts()));
    }

    // --- the inputs ---

    @TestFactory
    Stream<DynamicNode> badTextInEveryTextField() {
        return endpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(endpoint.name(),
                HostileInputs.leaves(endpoint.valid().get()).entrySet().stream()
                        .filter(leaf -> leaf.getValue().isTextual())
                        .flatMap(leaf -> endpoint.texts().stream().map(text -> DynamicTest.dynamicTest(
                                leaf.getKey() + " with " + text, () -> attempt(endpoint, leaf.getKey() + " with "
                                        + text, body(endpoint, endpoint.valid().get(), leaf.getKey(),
                                        NODES.textNode(text.value())), leaf.getKey(), text.mustBeRefused()))))));
    }

    @TestFactory
    Stream<DynamicNode> valuesOfTheWrongJsonType() {
        return endpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(endpoint.name(),
                HostileInputs.paths(endpoint.valid().get()).entrySet().stream()
                        .filter(path -> !path.getValue().isNull())
                        .flatMap(path -> HostileInputs.jsonValues().stream()
                                .filter(value -> value.getNodeType() != path.getValue().getNodeType())
                                .map(value -> DynamicTest.dynamicTest(path.getKey() + " = " + value, () -> attempt(
                                        endpoint, path.getKey() + " = " + value, body(endpoint,
                                                endpoint.valid().get(), path.getKey(), value), path.getKey(),
                                        true))))));
    }

    @TestFactory
    Stream<DynamicNode> unreadableBodies() {
        return endpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(endpoint.name(),
                HostileInputs.unreadableBodies(endpoint.valid().get()).stream().map(bad -> DynamicTest.dynamicTest(
                        bad.label(), () -> attempt(endpoint, bad.label(), raw(endpoint, "application/json", bad),
                                bad.label().equals("unknown property") ? "__proto__" : null,
                                bad.mustBeRefused())))));
    }

    @TestFactory
    Stream<DynamicNode> oddContentTypes() {
        return endpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(endpoint.name(),
                HostileInputs.contentTypes().stream().map(type -> DynamicTest.dynamicTest("Content-Type: " + type,
                        () -> attempt(endpoint, "Content-Type: " + type, raw(endpoint, type,
                                new BadBody("valid", endpoint.valid().get().toString()
                                        .getBytes(StandardCharsets.UTF_8), false)), null, false)))));
    }

    @TestFactory
    Stream<DynamicTest> oddHeaders() {
        Endpoint amendment = endpoints().get(1);
        Endpoint report = endpoints().get(3);
        Stream<DynamicTest> ifMatch = Stream.of("\"", "W/", "W/\"\"", "\"99999999999\"", "\"-1\"", "\"1\", \"2\"",
                        "\"0\"\u0000", "x".repeat(10_000))
                .map(tag -> DynamicTest.dynamicTest("If-Match: " + shorten(tag), () -> attempt(amendment,
                        "If-Match: " + shorten(tag), body(amendment, amendment.valid().get(), "purpose",
                                NODES.textNode("Design review \u0000")).header("If-Match", tag), null, true)));
        Stream<DynamicTest> language = Stream.of("*;q=abc", "x".repeat(10_000), "ja-JP-u-ca-japanese-x-", ";;;,,,",
                        "de;q=2", "\u202Ear", "de\u0000", "ja\u001b")
                .map(value -> DynamicTest.dynamicTest("Accept-Language: " + shorten(value), () -> attempt(report,
                        "Accept-Language: " + shorten(value), body(report, report.valid().get(), "location",
                                NODES.textNode("Raum\u0000")).header("Accept-Language", value),
                        // a header the firewall refuses is refused before the body is looked at
                        value.chars().anyMatch(Character::isISOControl) ? null : "location", true)));
        Stream<DynamicTest> accept = Stream.of("application/xml", "text/html", "application/problem+xml", "garbage")
                .map(value -> DynamicTest.dynamicTest("Accept: " + value, () -> attempt(report, "Accept: " + value,
                        body(report, report.valid().get(), "location", NODES.textNode("Raum\u0000"))
                                .header("Accept", value), null, true)));
        return Stream.of(ifMatch, language, accept).flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicNode> craftedPaths() {
        record Base(String path, String user, Domain domain) {
        }
        List<Base> bases = List.of(new Base(VISITS, "applicant.de", Domain.VISIT),
                new Base(BREACHES, "facility.de", Domain.BREACH),
                new Base(ASSURANCES, "security.jp1", Domain.ASSURANCE),
                new Base(CLEARANCES, "security.de1", Domain.REGISTER));
        Stream<DynamicNode> reads = bases.stream().map(base -> DynamicContainer.dynamicContainer("GET " + base.path(),
                HostileInputs.craftedIds().stream().map(id -> DynamicTest.dynamicTest(shorten(id), () -> attempt(
                        new Endpoint("GET " + base.path(), base.user(), HttpMethod.GET, base::path, null,
                                base.domain(), () -> null, false, List.of()), "GET " + shorten(id),
                        request(HttpMethod.GET, URI.create(base.path() + "/" + id))
                                .with(httpBasic(base.user(), "demo")), null, false)))));
        Endpoint amendment = endpoints().get(1);
        Endpoint cancellation = endpoints().get(2);
        Endpoint withdrawal = endpoints().get(5);
        Stream<DynamicNode> writes = Stream.of(
                writes(amendment, HttpMethod.PUT, id -> VISITS + "/" + id, visit()),
                writes(cancellation, HttpMethod.POST, id -> VISITS + "/" + id + "/cancellation", reason("x")),
                writes(withdrawal, HttpMethod.POST, id -> ASSURANCES + "/" + id + "/withdrawal", reason("x")));
        return Stream.concat(reads, writes);
    }

    private DynamicContainer writes(Endpoint endpoint, HttpMethod method, Function<String, String> path,
                                    ObjectNode body) {
        return DynamicContainer.dynamicContainer(method + " " + endpoint.name(), HostileInputs.craftedIds().stream()
                .map(id -> DynamicTest.dynamicTest(shorten(id), () -> attempt(endpoint, method + " " + shorten(id),
                        request(method, URI.create(path.apply(id))).with(httpBasic(endpoint.user(), "demo"))
                                .contentType("application/json").content(body.toString()), null, false))));
    }

    @TestFactory
    Stream<DynamicNode> oddQueries() {
        record Base(String path, String user, Domain domain, List<String> own) {
        }
        List<Base> bases = List.of(
                new Base(VISITS, "applicant.de", Domain.VISIT, List.of("status=NOPE", "status=%00", "status=",
                        "status=submitted", "status=" + "S".repeat(5_000))),
                new Base(BREACHES, "facility.de", Domain.BREACH, List.of()),
                new Base(ASSURANCES, "security.jp1", Domain.ASSURANCE, List.of("direction=SIDEWAYS",
                        "direction=%00", "direction=", "direction=ALL&direction=NONE")),
                new Base(CLEARANCES, "security.de1", Domain.REGISTER, List.of("q=%00", "q=%01", "q=%0A",
                        "q=" + "A".repeat(100_000), "q=%25", "q=_", "q=%5C", "q=%27%3B--", "q=%E2%80%AEx",
                        "q=%F0%9F%92%A5", "q=%ED%A0%80")));
        return bases.stream().map(base -> DynamicContainer.dynamicContainer("GET " + base.path(),
                Stream.concat(HostileInputs.pagedQueries().stream(), base.own().stream()).map(query ->
                        DynamicTest.dynamicTest(shorten(query), () -> attempt(new Endpoint("GET " + base.path(),
                                        base.user(), HttpMethod.GET, base::path, null, base.domain(), () -> null, false,
                                        List.of()), "GET ?" + shorten(query),
                                request(HttpMethod.GET, URI.create(base.path() + "?" + query))
                                        .with(httpBasic(base.user(), "demo")),
                                expectedQueryField(query), false)))));
    }

    /** The parameter a refusal of the query must name: the first one, unless the query is fine as it is. */
    private static String expectedQueryField(String query) {
        return query.substring(0, query.indexOf('='));
    }

    // --- requests ---

    private MockHttpServletRequestBuilder body(Endpoint endpoint, ObjectNode valid, String path, JsonNode value) {
        return request(endpoint.method(), endpoint.path().get()).with(httpBasic(endpoint.user(), "demo"))
                .contentType("application/json").content(HostileInputs.with(valid, path, value).toString());
    }

    private MockHttpServletRequestBuilder raw(Endpoint endpoint, String contentType, BadBody body) {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path().get())
                .with(httpBasic(endpoint.user(), "demo")).content(body.content());
        return contentType.isEmpty() ? request : request.header("Content-Type", contentType);
    }

    private static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\u202E", "<RLO>");
        return visible.length() > 60 ? visible.substring(0, 40) + "...(" + visible.length() + " chars)" : visible;
    }

    private String fingerprint(Endpoint endpoint, String target) {
        String counts = jdbc.queryForObject(endpoint.domain().counts, String.class);
        if (target == null || endpoint.domain().state == null) {
            return counts;
        }
        List<String> state = jdbc.queryForList(endpoint.domain().state, String.class, target);
        return counts + "|" + state;
    }

    /**
     * Sends the input and judges the answer: a 5xx (or an exception that would have become one), a refusal that
     * saved something or names not the field, a value that had to be refused and was taken.
     */
    private void attempt(Endpoint endpoint, String label, MockHttpServletRequestBuilder request, String field,
                         boolean mustBeRefused) throws Exception {
        String target = endpoint.target().get();
        String before = fingerprint(endpoint, target);
        tried++;
        MockHttpServletResponse answer;
        try {
            answer = mvc.perform(request.header("X-Hostile", "1")).andReturn().getResponse();
        } catch (Exception escaped) {
            serverErrors++;
            findings.add("5xx (exception) " + endpoint.name() + " " + label + ": " + escaped);
            throw new AssertionError(endpoint.name() + " " + label + " escaped as " + escaped, escaped);
        }
        int status = answer.getStatus();
        String content = answer.getContentAsString(StandardCharsets.UTF_8);
        String after = fingerprint(endpoint, target);
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            serverErrors++;
            problems.add("5xx " + status);
        }
        if (status >= 400 && !before.equals(after)) {
            partialSaves++;
            problems.add("partial save " + before + " -> " + after);
        }
        if (status < 400) {
            if (mustBeRefused) {
                wronglyAccepted++;
                problems.add("accepted " + status);
            }
            if (endpoint.creates() && status == 201) {
                String location = answer.getHeader("Location");
                String reference = location.substring(location.lastIndexOf('/') + 1);
                (endpoint.domain() == Domain.BREACH ? createdBreaches : createdVisits).add(reference);
            } else if (status < 300 && endpoint.target().get() != null && endpoint.method() != HttpMethod.GET
                    && !endpoint.name().equals("visit amendment")) {
                // the case was cancelled or withdrawn: the next input needs another
                cancellable = endpoint.name().equals("visit cancellation") ? null : cancellable;
                withdrawable = endpoint.name().equals("assurance withdrawal") ? null : withdrawable;
            }
        } else if (status == 400 && field != null && !names(content, field)) {
            unnamedRefusals++;
            problems.add("refusal naming not " + field + ": " + shorten(content));
        }
        if (!problems.isEmpty()) {
            String finding = endpoint.name() + " " + label + ": " + String.join("; ", problems);
            findings.add(finding);
            throw new AssertionError(finding + "\n" + shorten(content));
        }
    }

    /** Whether the body is a problem document whose errors name the field. */
    private boolean names(String content, String field) {
        try {
            JsonNode problem = json.readTree(content);
            for (JsonNode error : problem.path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return true;
                }
            }
            return false;
        } catch (Exception notJson) {
            return false;
        }
    }
}
