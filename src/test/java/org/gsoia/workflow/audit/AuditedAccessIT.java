package org.gsoia.workflow.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, item 12: reads, refusals and not-found probes are in the audit trail with the client's address, and no
 * audit entry carries personal data or comment text.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class AuditedAccessIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void logout() {
        KaribuLogin.logout();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int events(String action, String user, String subject, String address) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and user_id = ? and subject = ?"
                + " and client_address = ?", Integer.class, action, user, subject, address);
    }

    @Test
    void restReadsRefusalsAndProbesAreRecordedWithTheClientAddress() throws Exception {
        String own = jdbc.queryForObject("select reference from visit_request where applicant_organisation_id ="
                + " 'DE-NORDWERK' order by id limit 1", String.class);
        String foreign = jdbc.queryForObject("select reference from visit_request where applicant_organisation_id <>"
                + " 'DE-NORDWERK' order by id limit 1", String.class);

        mvc.perform(get("/api/visit-requests/" + own).with(httpBasic("applicant.de", "demo")).with(from("192.0.2.11")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/visit-requests/" + foreign).with(httpBasic("applicant.de", "demo"))
                .with(from("192.0.2.11"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/visit-requests").with(httpBasic("manager", "demo")).with(from("192.0.2.12")))
                .andExpect(status().isForbidden());

        assertThat(events("API_READ", "applicant.de", "/api/visit-requests/" + own, "192.0.2.11")).isEqualTo(1);
        assertThat(events("NOT_FOUND", "applicant.de", "/api/visit-requests/" + foreign, "192.0.2.11")).isEqualTo(1);
        assertThat(events("ACCESS_DENIED", "manager", "/api/visit-requests", "192.0.2.12")).isEqualTo(1);
    }

    @Test
    void aPageOutsideTheUsersNeedToKnowIsRecordedAsAProbe() {
        String foreign = jdbc.queryForObject("select reference from visit_request where applicant_organisation_id <>"
                + " 'DE-NORDWERK' and host_facility_id not in (select id from facility where organisation_id ="
                + " 'DE-NORDWERK') order by id limit 1", String.class);
        int before = jdbc.queryForObject("select count(*) from audit_event where action = 'NOT_AVAILABLE'"
                + " and user_id = 'applicant.de' and subject = ?", Integer.class, "/cases/" + foreign);
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("cases/" + foreign);
        assertThat(_get(H2.class).getText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOT_AVAILABLE'"
                + " and user_id = 'applicant.de' and subject = ?", Integer.class, "/cases/" + foreign))
                .isEqualTo(before + 1);
    }

    @Test
    void noAuditEntryCarriesAVisitorsPersonalDataOrACommentsText() {
        // the demo data has run every procedure through its services: every kind of entry is there
        assertThat(jdbc.queryForObject("select count(*) from audit_event a join visit_visitor v on"
                + " a.details like '%' || v.passport_number || '%' or (length(v.surname_passport) >= 4"
                + " and a.details like '%' || v.surname_passport || '%')",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event a join personnel_clearance p on"
                + " a.details like '%' || p.name_passport || '%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event a join case_comment c on"
                + " length(c.body) > 12 and a.details like '%' || substr(c.body, 1, 40) || '%'", Integer.class)).isZero();
    }
}
