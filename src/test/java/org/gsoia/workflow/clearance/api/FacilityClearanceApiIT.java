package org.gsoia.workflow.clearance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gsoia.workflow.api.ApiProblems;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The FSC register's REST API on PostgreSQL, as the authorities' own systems call it: their own party's clearances
 * with levels in dual marking; the other party's facilities look like unknown ones; only authority officers get in.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class FacilityClearanceApiIT {

    static final String PATH = "/api/facility-clearances";

    @Autowired MockMvc mvc;

    @Test
    void anOfficerReadsAClearanceOfTheOwnPartyAsAnAssuranceReplyStatesIt() throws Exception {
        mvc.perform(get(PATH + "/DE-RHEINTAL-FDH").with(httpBasic("security.de1", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facilityId").value("DE-RHEINTAL-FDH"))
                .andExpect(jsonPath("$.partyCode").value("DE"))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.level.id").value("DE-GEHEIM"))
                .andExpect(jsonPath("$.level.dualMarking").value(containsString("GEHEIM · DE")))
                .andExpect(jsonPath("$.level.dualMarking").value(containsString("JP")))
                .andExpect(jsonPath("$.storageLevel.id").value("DE-GEHEIM"))
                .andExpect(jsonPath("$.expiresOn").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.issuingAuthority.id").value("DE-BMWE"))
                .andExpect(jsonPath("$.issuingAuthority.name").value("Federal Ministry for Economic Affairs and Energy"))
                .andExpect(jsonPath("$.securityOfficer").value("Markus Hoffmann"));
        // the visit authority's officers read their own party's register too
        mvc.perform(get(PATH + "/DE-NORDWERK-KEL").with(httpBasic("officer.de1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.reasonsReference").isNotEmpty());
    }

    @Test
    void theOtherPartysFacilityAnswersLikeAnUnknownOne() throws Exception {
        for (String facility : new String[] {"JP-MINATO-YOK", "DE-NOWHERE"}) {
            mvc.perform(get(PATH + "/" + facility).with(httpBasic("security.de1", "demo"))
                            .header("Accept-Language", "de"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(ApiProblems.TYPE_PREFIX + "facility-not-found"))
                    .andExpect(jsonPath("$.title").value("Einrichtung nicht gefunden"));
        }
    }

    @Test
    void onlyAuthorityOfficersGetIn() throws Exception {
        mvc.perform(get(PATH + "/DE-RHEINTAL-FDH")).andExpect(status().isUnauthorized());
        // an unknown user: a demo officer's wrong password would lock that account for a few seconds (Camunda's
        // login throttling) and fail the next test that logs in as the officer
        mvc.perform(get(PATH + "/DE-RHEINTAL-FDH").with(httpBasic("nobody.at.bmwe", "wrong")))
                .andExpect(status().isUnauthorized());
        for (String user : new String[] {"applicant.de", "facility.de", "manager"}) {
            mvc.perform(get(PATH).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theListPagesTheOwnPartysRegisterAndNamesBadParameters() throws Exception {
        mvc.perform(get(PATH + "?size=2").with(httpBasic("security.jp1", "demo")).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clearances", hasSize(2)))
                .andExpect(jsonPath("$.clearances[*].partyCode", everyItem(is("JP"))))
                .andExpect(jsonPath("$.more").value(true))
                .andExpect(jsonPath("$.clearances[0].issuingAuthority.name").value("防衛装備庁"));
        mvc.perform(get(PATH + "?q=nagoya").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clearances[*].facilityId").value(org.hamcrest.Matchers.contains("JP-SAKURA-NGO")))
                .andExpect(jsonPath("$.more").value(false));
        mvc.perform(get(PATH + "?q=friedrichshafen").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clearances", hasSize(0)));
        mvc.perform(get(PATH).param("page", "-1").param("size", "0").param("q", "a\u0000b")
                        .with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("page", "size", "q")));
        mvc.perform(get(PATH).param("page", "20000000").param("size", "200").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void theOpenApiDescriptionDescribesIt() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/facility-clearances/{facilityId}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/facility-clearances'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/facility-clearances'].get.security[0].basicAuth").exists())
                .andExpect(jsonPath("$.components.schemas.FacilityClearanceReport.properties.level").exists());
    }
}
