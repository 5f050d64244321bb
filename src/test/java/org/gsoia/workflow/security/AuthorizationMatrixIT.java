package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 14, item 13): who reaches what, on the running product with the demo cast on
 * PostgreSQL. Rows are anonymous, one user of every role and the technical {@code metrics} account; columns are every
 * Vaadin route (through Karibu, logged in as the row's user), every REST endpoint, the engine REST API's families, the
 * Camunda webapps and the actuator (through HTTP on the real server: HTTP Basic on the machine chain, a form-login
 * session on the browser chain). Routes and endpoints that take an id are tried with ids of the user's own
 * organisation, of another organisation of the same party and of the other party, picked from the demo data.
 *
 * <p>The expected cells ({@link #COLUMNS}) are the intended policy, written down from the roles of the product and
 * the need-to-know rules the services document, not copied from what the code answers today. The test prints the
 * matrix (also to {@code target/authorization-matrix.md}) and fails listing every cell that differs, unexpected grants
 * and unexpected denials alike, and every 5xx. It also fails when a route or REST operation has no column.
 */
@GsoiaServerTest
// tests switch metrics exporters off by default, and /actuator/prometheus would fall through to Vaadin's page
@AutoConfigureObservability(tracing = false)
class AuthorizationMatrixIT {

    /** The technical account of a metrics scraper; the demo cast has none, so the test creates it. */
    static final String METRICS_USER = "metrics.scraper";

    /** Placeholders of the admin-only audit API the lead developer is adding (chain verification, latest hash). */
    static final String AUDIT_VERIFICATION = "/api/audit/verification";
    static final String AUDIT_LATEST = "/api/audit/head";

    /** The rows, in the order of the letters in {@link #COLUMNS}. */
    enum Row {
        ANONYMOUS(null), APPLICANT("applicant.de"), OFFICER("officer.de1"), SECURITY("security.de1"),
        FACILITY("facility.de"), MANAGER("manager"), ADMIN("admin"), METRICS(METRICS_USER);

        final String user;

        Row(String user) {
            this.user = user;
        }

        String label() {
            return switch (this) {
                case ANONYMOUS -> "anonymous";
                case APPLICANT -> "applicant.de (APPLICANT)";
                case OFFICER -> "officer.de1 (AUTHORITY, visits)";
                case SECURITY -> "security.de1 (AUTHORITY, industrial security)";
                case FACILITY -> "facility.de (HOST_FACILITY)";
                case MANAGER -> "manager (MANAGER)";
                case ADMIN -> "admin (ADMIN)";
                case METRICS -> METRICS_USER + " (metrics)";
            };
        }
    }

    enum Expect { ALLOW, DENY, EITHER }

    enum Outcome { ALLOW, DENY, ERROR }

    /** How a column is tried. */
    enum Kind {
        /** A Vaadin route, navigated to in Karibu as the row's user. */
        ROUTE,
        /** A GET on the machine chain with HTTP Basic. */
        BASIC,
        /** A POST of an empty JSON object with HTTP Basic: a 400 means the caller reached the operation's checks. */
        BASIC_POST,
        /** A GET on the browser chain in a session of the Vaadin form login. */
        SESSION,
        /** The Vaadin form login itself. */
        LOGIN
    }

    /**
     * A column: what is tried, how, and the expected cell of each row. {@code cells} holds one letter per row in the
     * order of {@link Row}: {@code A} allow, {@code D} deny, {@code ~} either (not part of the policy). A path may
     * carry a placeholder {@code {KEY}} for an id of the demo data (see {@link #SAMPLES}); {@code template} is the
     * route or the REST pattern the column covers.
     */
    record Column(String group, Kind kind, String path, String template, String cells) {
    }

    private static Column route(String group, String path, String template, String cells) {
        return new Column(group, Kind.ROUTE, path, template, cells);
    }

    private static Column get(String group, String path, String template, String cells) {
        return new Column(group, Kind.BASIC, path, template, cells);
    }

    private static Column post(String group, String path, String cells) {
        return new Column(group, Kind.BASIC_POST, path, path, cells);
    }

    private static Column session(String group, String path, String cells) {
        return new Column(group, Kind.SESSION, path, path, cells);
    }

    // @formatter:off
    /*
     * The intended policy. Letters per row: anonymous, applicant.de, officer.de1, security.de1, facility.de, manager,
     * admin, metrics.
     *
     * Need-to-know, as the services document it: an applicant reads its own organisation's visit requests; a host
     * facility the visits it hosts; both parties' authority officers every visit of their party. A breach case is read
     * by the organisation concerned, the receiving party's national authority (Germany: BMWE) and, once notified, the
     * originating party's authority. Assurance requests and change notices are read by the industrial-security
     * officers of the two designated security authorities only (Germany: BMWE). The FSC register (screens) is read by
     * authority officers of both parties and administrators; the REST register only shows the caller's own party. An
     * inspection is read by the facility's party's authorities, administrators and the facility's own people. A
     * classified contract by the designated security authorities of both parties and the contractor's organisation. A
     * PSC entry by its party's authority officers only (personal data: not administrators); a PSC reminder by the person's party's
     * authorities and the facility's people. Administrators read case files read-only where a procedure says so
     * (visits, assurance requests, change notices, inspections); not breach cases, contracts or PSC reminders.
     *
     * Roles: what a screen's role admits, a REST list or form of the same function admits. The metrics account reaches
     * only /actuator/prometheus and the public health probes: no screen, no /api, no /engine-rest. /engine-rest and
     * /camunda are for administrators only; /h2-console is off for everyone; /v3/api-docs needs a login (not metrics);
     * actuator endpoints other than health and prometheus are for administrators only or absent.
     */
    static final List<Column> COLUMNS = List.of(
            new Column("Login", Kind.LOGIN, "/login (form login)", "login", "~AAAAAAD"),
            route("Login", "login", "login", "A~~~~~~~"),

            route("Screens", "", "", "DAAAAAAD"),
            route("Screens", "notifications", "notifications", "DAAAAAAD"),
            route("Screens", "levels", "levels", "DAAAAAAD"),
            route("Screens", "calendar", "calendar", "DAAAAAAD"),
            route("Screens", "authorities", "authorities", "DAAAAAAD"),
            route("Screens", "inbox", "inbox", "DAAAADDD"),
            route("Screens", "dashboard", "dashboard", "DDDDDADD"),
            route("Screens", "audit", "audit", "DDDDDDAD"),
            route("Screens", "outbox", "outbox", "DDDDDDAD"),
            route("Screens", "visits", "visits", "DADDDDDD"),
            route("Screens", "visits/new", "visits/new", "DADDDDDD"),
            route("Screens", "breaches", "breaches", "DAAAADDD"),
            route("Screens", "breaches/new", "breaches/new", "DAAAADDD"),
            route("Screens", "transmissions", "transmissions", "DAAAADDD"),
            route("Screens", "facilities", "facilities", "DDAADDAD"),
            route("Screens", "personnel", "personnel", "DDAADDDD"),
            route("Screens", "accounts", "accounts", "DDDDDDAD"),
            route("Screens", "account/password", "account/password", "DAAAAAAD"),
            route("Screens", "assurance-requests", "assurance-requests", "DDAADDDD"),
            route("Screens", "assurance-requests/new", "assurance-requests/new", "DDDADDDD"),
            route("Screens", "contracts", "contracts", "DAAAADDD"),
            route("Screens", "contracts/new", "contracts/new", "DDDADDDD"),

            route("Visit request", "visits/{V_NORDWERK}", "visits/:reference", "DAAADDDD"),
            route("Visit request", "visits/{V_JP_AT_RHEINTAL}", "visits/:reference", "DDAAADDD"),
            route("Visit request", "visits/{V_JP_AT_NORDWERK}", "visits/:reference", "DDAADDDD"),
            route("Breach case", "breaches/{B_NORDWERK}", "breaches/:reference", "DADADDDD"),
            route("Breach case", "breaches/{B_RHEINTAL}", "breaches/:reference", "DDDAADDD"),
            route("Breach case", "breaches/{B_BMWE}", "breaches/:reference", "DDDADDDD"),
            route("Breach case", "breaches/{B_JP_NOTIFIED}", "breaches/:reference", "DDDADDDD"),
            route("Breach case", "breaches/{B_JP_NOT_NOTIFIED}", "breaches/:reference", "DDDDDDDD"),
            route("FSC register", "facilities/{F_NORDWERK}", "facilities/:facilityId", "DDAADDAD"),
            route("FSC register", "facilities/{F_RHEINTAL}", "facilities/:facilityId", "DDAADDAD"),
            route("FSC register", "facilities/{F_JP}", "facilities/:facilityId", "DDAADDAD"),
            route("Assurance request", "assurance-requests/{A_DE}", "assurance-requests/:reference", "DDDADDDD"),
            route("Assurance request", "assurance-requests/{A_JP}", "assurance-requests/:reference", "DDDADDDD"),
            route("Change notice", "clearance-notices/{N_DE}", "clearance-notices/:reference", "DDDADDDD"),
            route("Change notice", "clearance-notices/{N_JP}", "clearance-notices/:reference", "DDDADDDD"),
            route("Inspection", "inspections/{I_NORDWERK}", "inspections/:reference", "DAAADDDD"),
            route("Inspection", "inspections/{I_RHEINTAL}", "inspections/:reference", "DDAAADDD"),
            route("Inspection", "inspections/{I_JP}", "inspections/:reference", "DDDDDDDD"),
            route("Contract", "contracts/{C_NORDWERK}", "contracts/:reference", "DADADDDD"),
            route("Contract", "contracts/{C_RHEINTAL}", "contracts/:reference", "DDDAADDD"),
            route("Contract", "contracts/{C_JP}", "contracts/:reference", "DDDADDDD"),
            route("PSC register", "personnel/{P_NORDWERK}", "personnel/:id", "DDAADDDD"),
            route("PSC register", "personnel/{P_RHEINTAL}", "personnel/:id", "DDAADDDD"),
            route("PSC register", "personnel/{P_JP}", "personnel/:id", "DDDDDDDD"),
            route("PSC reminder", "personnel-reminders/{R_NORDWERK}", "personnel-reminders/:reference", "DAAADDDD"),
            route("PSC reminder", "personnel-reminders/{R_RHEINTAL}", "personnel-reminders/:reference", "DDAAADDD"),
            route("PSC reminder", "personnel-reminders/{R_JP}", "personnel-reminders/:reference", "DDDDDDDD"),

            route("Case file", "cases/{V_NORDWERK}", "cases/:reference", "DAAADDAD"),
            route("Case file", "cases/{V_JP_AT_RHEINTAL}", "cases/:reference", "DDAAADAD"),
            route("Case file", "cases/{V_JP_AT_NORDWERK}", "cases/:reference", "DDAADDAD"),
            route("Case file", "cases/{B_NORDWERK}", "cases/:reference", "DADADDDD"),
            route("Case file", "cases/{B_RHEINTAL}", "cases/:reference", "DDDAADDD"),
            route("Case file", "cases/{B_JP_NOTIFIED}", "cases/:reference", "DDDADDDD"),
            route("Case file", "cases/{B_JP_NOT_NOTIFIED}", "cases/:reference", "DDDDDDDD"),
            route("Case file", "cases/{A_DE}", "cases/:reference", "DDDADDAD"),
            route("Case file", "cases/{A_JP}", "cases/:reference", "DDDADDAD"),
            route("Case file", "cases/{N_DE}", "cases/:reference", "DDDADDAD"),
            route("Case file", "cases/{I_NORDWERK}", "cases/:reference", "DAAADDAD"),
            route("Case file", "cases/{I_RHEINTAL}", "cases/:reference", "DDAAADAD"),
            route("Case file", "cases/{I_JP}", "cases/:reference", "DDDDDDAD"),
            route("Case file", "cases/{C_NORDWERK}", "cases/:reference", "DADADDDD"),
            route("Case file", "cases/{C_RHEINTAL}", "cases/:reference", "DDDAADDD"),
            route("Case file", "cases/{C_JP}", "cases/:reference", "DDDADDDD"),
            route("Case file", "cases/{R_NORDWERK}", "cases/:reference", "DAAADDDD"),
            route("Case file", "cases/{R_JP}", "cases/:reference", "DDDDDDDD"),

            get("REST", "/api/visit-requests", "/api/visit-requests", "DADDDDDD"),
            post("REST", "/api/visit-requests", "DADDDDDD"),
            get("REST", "/api/visit-requests/{V_NORDWERK}", "/api/visit-requests/{reference}", "DADDDDDD"),
            get("REST", "/api/visit-requests/{V_JP_AT_RHEINTAL}", "/api/visit-requests/{reference}", "DDDDDDDD"),
            get("REST", "/api/visit-requests/{V_JP_AT_NORDWERK}", "/api/visit-requests/{reference}", "DDDDDDDD"),
            get("REST", "/api/breaches", "/api/breaches", "DAAAADDD"),
            post("REST", "/api/breaches", "DAAAADDD"),
            get("REST", "/api/breaches/{B_NORDWERK}", "/api/breaches/{reference}", "DADADDDD"),
            get("REST", "/api/breaches/{B_RHEINTAL}", "/api/breaches/{reference}", "DDDAADDD"),
            get("REST", "/api/breaches/{B_BMWE}", "/api/breaches/{reference}", "DDDADDDD"),
            get("REST", "/api/breaches/{B_JP_NOTIFIED}", "/api/breaches/{reference}", "DDDADDDD"),
            get("REST", "/api/breaches/{B_JP_NOT_NOTIFIED}", "/api/breaches/{reference}", "DDDDDDDD"),
            get("REST", "/api/facility-clearances", "/api/facility-clearances", "DDAADDDD"),
            get("REST", "/api/facility-clearances/{F_NORDWERK}", "/api/facility-clearances/{facilityId}", "DDAADDDD"),
            get("REST", "/api/facility-clearances/{F_RHEINTAL}", "/api/facility-clearances/{facilityId}", "DDAADDDD"),
            get("REST", "/api/facility-clearances/{F_JP}", "/api/facility-clearances/{facilityId}", "DDDDDDDD"),
            get("REST", "/api/fsc-assurance-requests", "/api/fsc-assurance-requests", "DDAADDDD"),
            post("REST", "/api/fsc-assurance-requests", "DDDADDDD"),
            get("REST", "/api/fsc-assurance-requests/{A_DE}", "/api/fsc-assurance-requests/{reference}", "DDDADDDD"),
            get("REST", "/api/fsc-assurance-requests/{A_JP}", "/api/fsc-assurance-requests/{reference}", "DDDADDDD"),
            get("REST", AUDIT_VERIFICATION, AUDIT_VERIFICATION, "DDDDDDAD"),
            get("REST", AUDIT_LATEST, AUDIT_LATEST, "DDDDDDAD"),
            get("REST", "/v3/api-docs", "/v3/api-docs", "DAAAAAAD"),

            get("Engine REST", "/engine-rest/engine", "/engine-rest/engine", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/process-definition", "/engine-rest/process-definition", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/process-instance", "/engine-rest/process-instance", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/task", "/engine-rest/task", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/history/process-instance", "/engine-rest/history/process-instance",
                    "DDDDDDAD"),
            get("Engine REST", "/engine-rest/user", "/engine-rest/user", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/group", "/engine-rest/group", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/authorization", "/engine-rest/authorization", "DDDDDDAD"),
            get("Engine REST", "/engine-rest/deployment", "/engine-rest/deployment", "DDDDDDAD"),

            session("Camunda webapps", "/camunda/app/cockpit/default/", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/app/admin/default/", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/app/tasklist/default/", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/api/admin/auth/user/default", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/api/engine/engine/", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/api/engine/engine/default/process-definition", "DDDDDDAD"),
            session("Camunda webapps", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                    "DDDDDDAD"),

            get("Actuator", "/actuator/health", "/actuator/health", "AAAAAAAA"),
            get("Actuator", "/actuator/health/liveness", "/actuator/health/liveness", "AAAAAAAA"),
            get("Actuator", "/actuator/health/readiness", "/actuator/health/readiness", "AAAAAAAA"),
            get("Actuator", "/actuator/prometheus", "/actuator/prometheus", "DDDDDDAA"),
            get("Actuator", "/actuator", "/actuator", "DDDDDD~D"),
            get("Actuator", "/actuator/info", "/actuator/info", "DDDDDD~D"),
            get("Actuator", "/actuator/env", "/actuator/env", "DDDDDD~D"),
            get("Actuator", "/actuator/metrics", "/actuator/metrics", "DDDDDD~D"),
            get("Actuator", "/actuator/loggers", "/actuator/loggers", "DDDDDD~D"),

            session("Other", "/h2-console", "DDDDDDDD"),
            session("Other", "/h2-console/login.do", "DDDDDDDD"));
    // @formatter:on

    /**
     * Where the ids come from: one query per sample, answering one reference (or id), picked by whose it is. Germany's
     * companies are Nordwerk (applicant.de's organisation) and Rheintal (facility.de's); Japan is the other party.
     */
    static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("V_NORDWERK", "select reference from visit_request where applicant_organisation_id = 'DE-NORDWERK'"
                + " order by id");
        SAMPLES.put("V_JP_AT_RHEINTAL", "select v.reference from visit_request v join facility f on f.id ="
                + " v.host_facility_id where v.sending_party_code = 'JP' and f.organisation_id = 'DE-RHEINTAL' order by v.id");
        SAMPLES.put("V_JP_AT_NORDWERK", "select v.reference from visit_request v join facility f on f.id ="
                + " v.host_facility_id where v.sending_party_code = 'JP' and f.organisation_id = 'DE-NORDWERK' order by v.id");
        SAMPLES.put("B_NORDWERK", "select reference from breach_case where organisation_id = 'DE-NORDWERK' order by id");
        SAMPLES.put("B_RHEINTAL", "select reference from breach_case where organisation_id = 'DE-RHEINTAL'"
                + " and reported_by <> 'applicant.de' order by id");
        // reported by someone of BMWE itself, the organisation of the manager and the administrator
        SAMPLES.put("B_BMWE", "select reference from breach_case where organisation_id = 'DE-BMWE' order by id");
        SAMPLES.put("B_JP_NOTIFIED", "select reference from breach_case where receiving_party_code = 'JP'"
                + " and notified_at is not null order by id");
        SAMPLES.put("B_JP_NOT_NOTIFIED", "select reference from breach_case where receiving_party_code = 'JP'"
                + " and notified_at is null order by id");
        SAMPLES.put("F_NORDWERK", "select id from facility where organisation_id = 'DE-NORDWERK' order by id");
        SAMPLES.put("F_RHEINTAL", "select id from facility where organisation_id = 'DE-RHEINTAL' order by id");
        SAMPLES.put("F_JP", "select id from facility where organisation_id like 'JP-%' order by id");
        SAMPLES.put("A_DE", "select reference from fsc_assurance_request where requesting_party_code = 'DE' order by id");
        SAMPLES.put("A_JP", "select reference from fsc_assurance_request where requesting_party_code = 'JP' order by id");
        SAMPLES.put("N_DE", "select reference from fsc_change_notice where notifying_authority_id = 'DE-BMWE' order by id");
        SAMPLES.put("N_JP", "select reference from fsc_change_notice where notifying_authority_id = 'JP-ATLA' order by id");
        SAMPLES.put("I_NORDWERK", "select i.reference from fsc_inspection i join facility f on f.id = i.facility_id"
                + " where f.organisation_id = 'DE-NORDWERK' order by i.id");
        SAMPLES.put("I_RHEINTAL", "select i.reference from fsc_inspection i join facility f on f.id = i.facility_id"
                + " where f.organisation_id = 'DE-RHEINTAL' order by i.id");
        SAMPLES.put("I_JP", "select i.reference from fsc_inspection i join facility f on f.id = i.facility_id"
                + " where f.organisation_id like 'JP-%' order by i.id");
        SAMPLES.put("C_NORDWERK", "select c.reference from fsc_contract c join facility f on f.id ="
                + " c.contractor_facility_id where f.organisation_id = 'DE-NORDWERK' order by c.id");
        SAMPLES.put("C_RHEINTAL", "select c.reference from fsc_contract c join facility f on f.id ="
                + " c.contractor_facility_id where f.organisation_id = 'DE-RHEINTAL' order by c.id");
        SAMPLES.put("C_JP", "select c.reference from fsc_contract c join facility f on f.id = c.contractor_facility_id"
                + " where f.organisation_id like 'JP-%' and c.contracting_party = 'DE' order by c.id");
        SAMPLES.put("P_NORDWERK", "select cast(p.id as varchar) from personnel_clearance p join facility f on f.id ="
                + " p.facility_id where p.party_code = 'DE' and f.organisation_id = 'DE-NORDWERK' order by p.id");
        SAMPLES.put("P_RHEINTAL", "select cast(p.id as varchar) from personnel_clearance p join facility f on f.id ="
                + " p.facility_id where p.party_code = 'DE' and f.organisation_id = 'DE-RHEINTAL' order by p.id");
        SAMPLES.put("P_JP", "select cast(p.id as varchar) from personnel_clearance p where p.party_code = 'JP'"
                + " order by p.id");
        SAMPLES.put("R_NORDWERK", "select r.reference from psc_reminder r join personnel_clearance p on p.id ="
                + " r.clearance_id join facility f on f.id = p.facility_id where p.party_code = 'DE'"
                + " and f.organisation_id = 'DE-NORDWERK' order by r.id");
        SAMPLES.put("R_RHEINTAL", "select r.reference from psc_reminder r join personnel_clearance p on p.id ="
                + " r.clearance_id join facility f on f.id = p.facility_id where p.party_code = 'DE'"
                + " and f.organisation_id = 'DE-RHEINTAL' order by r.id");
        SAMPLES.put("R_JP", "select r.reference from psc_reminder r join personnel_clearance p on p.id ="
                + " r.clearance_id where p.party_code = 'JP' order by r.id");
    }

    /**
     * REST operations that change an existing case: not tried here (they would change demo data); each goes through
     * the same need-to-know lookup as the GET by id of its column.
     */
    static final Set<String> WRITES_NOT_TRIED = Set.of(
            "PUT /api/visit-requests/{reference}",
            "POST /api/visit-requests/{reference}/cancellation",
            "POST /api/fsc-assurance-requests/{reference}/withdrawal");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    /** A cell as tried: the outcome and what told it (an HTTP status, the view shown). */
    record Result(Outcome outcome, String detail) {
    }

    @Test
    void everyRowReachesExactlyWhatThePolicyAllows() throws Exception {
        boolean createdMetricsUser = ensureMetricsUser();
        try {
            Map<String, String> ids = samples();
            Map<Column, Map<Row, Result>> results = new LinkedHashMap<>();
            for (Column column : COLUMNS) {
                results.put(column, new EnumMap<>(Row.class));
            }
            for (Row row : Row.values()) {
                tryHttp(row, ids, results);
                tryRoutes(row, ids, results);
            }
            List<String> problems = new ArrayList<>();
            String matrix = matrix(results, ids, problems);
            problems.addAll(uncoveredRoutes());
            problems.addAll(uncoveredRestOperations());
            System.out.println(matrix);
            Path out = Path.of("target", "authorization-matrix.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, matrix, StandardCharsets.UTF_8);
            assertThat(problems).as("cells that differ from the intended policy (%d)", problems.size()).isEmpty();
        } finally {
            if (createdMetricsUser) {
                identityService.deleteUser(METRICS_USER);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- samples

    private Map<String, String> samples() {
        Map<String, String> ids = new LinkedHashMap<>();
        SAMPLES.forEach((key, sql) -> {
            List<String> found = jdbc.queryForList(sql + " limit 1", String.class);
            if (!found.isEmpty()) {
                ids.put(key, found.get(0));
            }
        });
        return ids;
    }

    private static String resolve(String path, Map<String, String> ids) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String id = ids.get(matcher.group(1));
            if (id == null) {
                return null;
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(URLEncoder.encode(id, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** The demo cast has no metrics account: one like a Prometheus scraper's, password {@code demo}. */
    private boolean ensureMetricsUser() {
        if (identityService.createGroupQuery().groupId(Role.METRICS.groupId()).count() == 0) {
            Group group = identityService.newGroup(Role.METRICS.groupId());
            group.setName("Metrics scrapers");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(METRICS_USER).count() > 0) {
            return false;
        }
        User user = identityService.newUser(METRICS_USER);
        user.setFirstName("Metrics");
        user.setLastName("Scraper");
        user.setPassword(DemoCast.PASSWORD);
        // the demo cast's password, past the policy as for the cast, so that every row logs in alike
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.createMembership(METRICS_USER, Role.METRICS.groupId());
        return true;
    }

    // ------------------------------------------------------------------------------------------------------- HTTP

    private void tryHttp(Row row, Map<String, String> ids, Map<Column, Map<Row, Result>> results) throws Exception {
        HttpClient basic = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        Result login = row.user == null ? new Result(Outcome.DENY, "no user") : formLogin(browser, row.user);
        for (Column column : COLUMNS) {
            if (column.kind() == Kind.ROUTE) {
                continue;
            }
            if (column.kind() == Kind.LOGIN) {
                results.get(column).put(row, login);
                continue;
            }
            String path = resolve(column.path(), ids);
            if (path == null) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
            if (column.kind() == Kind.BASIC_POST) {
                request.POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
            }
            if ((column.kind() == Kind.BASIC || column.kind() == Kind.BASIC_POST) && row.user != null) {
                String credentials = row.user + ":" + DemoCast.PASSWORD;
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpClient client = column.kind() == Kind.SESSION ? browser : basic;
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            results.get(column).put(row, classify(column, response));
        }
    }

    private static Result classify(Column column, HttpResponse<String> response) {
        int status = response.statusCode();
        String detail = String.valueOf(status);
        if (status >= 500) {
            return new Result(Outcome.ERROR, detail);
        }
        if (status == 200 && isVaadinShell(response)) {
            // Vaadin's servlet answers every path no one else serves with its HTML shell (the route is decided in
            // the page): nothing of the path's own is reached
            return new Result(Outcome.DENY, "200 shell");
        }
        if (status >= 200 && status < 300) {
            return new Result(Outcome.ALLOW, detail);
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("");
            boolean toLogin = location.contains("/login");
            return new Result(toLogin ? Outcome.DENY : Outcome.ALLOW, detail + (toLogin ? "→login" : "→" + location
                    .replaceFirst("^https?://[^/]+", "")));
        }
        // an empty form that comes back refused (400) has passed every guard: the caller may use the operation
        if (column.kind() == Kind.BASIC_POST && status == 400) {
            return new Result(Outcome.ALLOW, detail);
        }
        return new Result(Outcome.DENY, detail);
    }

    /** Vaadin's index.html, which its servlet serves for any path it is given, known by its bundle's address. */
    private static boolean isVaadinShell(HttpResponse<String> response) {
        String body = response.body().stripLeading().toLowerCase(java.util.Locale.ROOT);
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                && body.startsWith("<!doctype html") && body.contains("vaadin/");
    }

    /** The Vaadin login form as a browser posts it: the session's CSRF token from the login page, then the form. */
    private Result formLogin(HttpClient browser, String user) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoCast.PASSWORD, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 500) {
            return new Result(Outcome.ERROR, String.valueOf(status));
        }
        boolean success = status >= 300 && status < 400 && !location.contains("/login");
        return new Result(success ? Outcome.ALLOW : Outcome.DENY, status + (location.isEmpty() ? ""
                : "→" + location.replaceFirst("^https?://[^/]+", "")));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    // ----------------------------------------------------------------------------------------------------- routes

    private void tryRoutes(Row row, Map<String, String> ids, Map<Column, Map<Row, Result>> results) {
        try {
            if (row.user == null) {
                KaribuLogin.open(context);
            } else {
                try {
                    KaribuLogin.loginAndOpen(context, row.user);
                } catch (RuntimeException failed) {
                    // the home page failed for this user; each route still says what it does
                }
            }
            for (Column column : COLUMNS) {
                if (column.kind() != Kind.ROUTE) {
                    continue;
                }
                String path = resolve(column.path(), ids);
                if (path == null) {
                    continue;
                }
                results.get(column).put(row, navigate(path, column.template()));
            }
        } finally {
            KaribuLogin.logout();
        }
    }

    private static Result navigate(String path, String template) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException failed) {
            return new Result(Outcome.ERROR, failed.getClass().getSimpleName());
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return new Result(Outcome.ERROR, "no view");
        }
        Class<?> shown = chain.get(0).getClass();
        Route route = shown.getAnnotation(Route.class);
        if (route != null && route.value().equals(template)) {
            return new Result(Outcome.ALLOW, "shown");
        }
        String name = shown.getSimpleName();
        if (route != null || name.equals("NotAvailableView") || name.equals("RouteNotFoundError")
                || name.equals("RouteAccessDeniedError")) {
            return new Result(Outcome.DENY, name.equals("NotAvailableView") ? "not found"
                    : name.equals("LoginView") ? "login" : "→" + (route == null ? name : "/" + route.value()));
        }
        return new Result(Outcome.ERROR, name);
    }

    // --------------------------------------------------------------------------------------------------- coverage

    /** Every route of the application has a column. */
    private static List<String> uncoveredRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> covered = new LinkedHashSet<>();
        COLUMNS.stream().filter(c -> c.kind() == Kind.ROUTE).forEach(c -> covered.add(c.template()));
        List<String> missing = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.gsoia.workflow")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    AuthorizationMatrixIT.class.getClassLoader());
            String template = type.getAnnotation(Route.class).value();
            if (!covered.contains(template) && Component.class.isAssignableFrom(type)) {
                missing.add("route /" + template + " (" + type.getSimpleName() + ") has no column in the matrix");
            }
        }
        return missing;
    }

    /** Every REST operation of the application's API has a column (or is a write listed in WRITES_NOT_TRIED). */
    private List<String> uncoveredRestOperations() {
        Set<String> covered = new TreeSet<>();
        for (Column column : COLUMNS) {
            if (column.kind() == Kind.BASIC) {
                covered.add("GET " + column.template());
            } else if (column.kind() == Kind.BASIC_POST) {
                covered.add("POST " + column.template());
            }
        }
        List<String> missing = new ArrayList<>();
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        mapping.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String operation = verb + " " + pattern;
                    if (!covered.contains(operation) && !WRITES_NOT_TRIED.contains(operation)) {
                        missing.add("REST " + operation + " has no column in the matrix");
                    }
                }
            }
        });
        return missing;
    }

    // ----------------------------------------------------------------------------------------------------- output

    private static String matrix(Map<Column, Map<Row, Result>> results, Map<String, String> ids,
                                 List<String> problems) {
        StringBuilder out = new StringBuilder();
        out.append("| Group | Path | ");
        for (Row row : Row.values()) {
            out.append(row == Row.METRICS ? "metrics" : row.user == null ? "anonymous" : row.user).append(" | ");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(Row.values().length)).append('\n');
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<Column, Map<Row, Result>> entry : results.entrySet()) {
            Column column = entry.getKey();
            String shownPath = (column.kind() == Kind.ROUTE ? "/" : "") + column.path()
                    + switch (column.kind()) {
                        case ROUTE -> " (view)";
                        case BASIC_POST -> " (POST {})";
                        case SESSION -> " (session)";
                        default -> "";
                    };
            if (entry.getValue().isEmpty()) {
                skipped.add(shownPath);
                continue;
            }
            out.append("| ").append(column.group()).append(" | `").append(shownPath).append("` | ");
            for (Row row : Row.values()) {
                Expect expected = expect(column, row);
                Result result = entry.getValue().get(row);
                out.append(cell(expected, result)).append(" | ");
                if (result != null && differs(expected, result.outcome())) {
                    problems.add(row.label() + " on " + shownPath + (column.path().contains("{") ? " = "
                            + resolve(column.path(), ids) : "") + ": expected " + expected.name().toLowerCase()
                            + ", got " + result.outcome().name().toLowerCase() + " (" + result.detail() + ")");
                }
            }
            out.append('\n');
        }
        out.append("\nIds used: ").append(ids).append('\n');
        if (!skipped.isEmpty()) {
            out.append("\nNot tried (no such case in the demo data): ").append(String.join(", ", skipped)).append('\n');
        }
        return out.toString();
    }

    private static Expect expect(Column column, Row row) {
        return switch (column.cells().charAt(row.ordinal())) {
            case 'A' -> Expect.ALLOW;
            case 'D' -> Expect.DENY;
            default -> Expect.EITHER;
        };
    }

    private static boolean differs(Expect expected, Outcome outcome) {
        return outcome == Outcome.ERROR || expected == Expect.ALLOW && outcome != Outcome.ALLOW
                || expected == Expect.DENY && outcome != Outcome.DENY;
    }

    private static String cell(Expect expected, Result result) {
        if (result == null) {
            return "–";
        }
        String text = result.outcome().name().toLowerCase() + " " + result.detail();
        if (differs(expected, result.outcome())) {
            return "**" + text + "** ✗";
        }
        return expected == Expect.EITHER ? "(" + text + ")" : text;
    }
}
