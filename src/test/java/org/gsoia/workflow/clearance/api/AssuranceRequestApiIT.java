package org.gsoia.workflow.clearance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assurance API on PostgreSQL as an authority's system calls it: filing with problem documents for bad input,
 * reading with the reply, withdrawing with If-Match, and 403/404 for everyone the request is not between.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class AssuranceRequestApiIT {

    static final String PATH = "/api/fsc-assurance-requests";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;

    private String facility;

    @BeforeEach
    void aGermanCompany() {
        facility = TestFacilities.germanInProcess(jdbc);
    }

    @AfterEach
    void removeIt() {
        jdbc.queryForList("select reference from fsc_assurance_request where facility_id = ?", String.class, facility)
                .forEach(reference -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                        .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
        TestFacilities.remove(jdbc, facility);
    }

    private String body(String contractingEntity) {
        return """
                {"facilityId": "%s", "contractingEntity": "%s", "reason": "CONTRACT", "requiredLevelId": "JP-GOKUHI",
                 "contractReference": "ATLA-2026-0042", "sponsorshipRequested": true}""".formatted(facility,
                contractingEntity);
    }

    @Test
    void anAuthoritysSystemFilesReadsAndWithdrawsARequest() throws Exception {
        String location = mvc.perform(post(PATH).with(httpBasic("security.jp1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("防衛装備庁")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("AWAITING_REPLY"))
                .andExpect(jsonPath("$.receivingAuthorityId").value("DE-BMWE"))
                .andExpect(jsonPath("$.requiredLevel.marking").value(containsString("DE")))
                .andExpect(jsonPath("$.reply").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        String reference = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get(PATH + "/" + reference).with(httpBasic("security.de1", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.facilityId").value(facility));
        mvc.perform(get(PATH).param("direction", "INCOMING").with(httpBasic("security.de2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].reference").value(hasItem(reference)));
        mvc.perform(get(PATH).param("direction", "OUTGOING").with(httpBasic("security.de2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].reference").value(not(hasItem(reference))));

        // not between the authorities: like an unknown request
        mvc.perform(get(PATH + "/" + reference).with(httpBasic("officer.de1", "demo")).header("Accept-Language", "de"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(PATH + "/FC-2026-999999").with(httpBasic("security.de1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(containsString("assurance-request-not-found")));
        mvc.perform(get(PATH + "/" + reference).with(httpBasic("applicant.jp", "demo")))
                .andExpect(status().isForbidden());

        mvc.perform(post(PATH + "/" + reference + "/withdrawal").with(httpBasic("security.jp1", "demo"))
                        .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Contract cancelled\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post(PATH + "/" + reference + "/withdrawal").with(httpBasic("security.jp1", "demo"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(PATH + "/" + reference + "/withdrawal").with(httpBasic("security.jp1", "demo"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Contract cancelled\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post(PATH + "/" + reference + "/withdrawal").with(httpBasic("security.jp1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputAnswersAProblemDocumentInTheCallersLanguageAndSavesNothing() throws Exception {
        String json = mvc.perform(post(PATH).with(httpBasic("security.jp1", "demo")).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON).content(body("防衛\\u0000装備庁")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("contractingEntity"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(json, "$.title")).isEqualTo("無効なFSC照会");
        mvc.perform(post(PATH).with(httpBasic("security.jp1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilityId\": 42, \"reason\": \"LUNCH\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(PATH).param("size", "0").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(PATH).param("direction", "SIDEWAYS").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(post(PATH).with(httpBasic("officer.jp1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("ATLA")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(containsString("not-security-authority")));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from fsc_assurance_request where facility_id = ?", Integer.class, facility)).isZero();
    }
}
