package org.gsoia.workflow.breach.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The breach API on PostgreSQL as a facility's registry system calls it: a report with problem documents for bad input
 * (a zone that does not exist, a NUL, an unknown level), a report at 01:30 in the night Germany's clocks go back with
 * its targets as instants, reading it back, and 404 for whoever may not read it.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class BreachApiIT {

    static final String PATH = "/api/breaches";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;

    private final List<String> references = new ArrayList<>();

    @AfterEach
    void removeThem() {
        for (String reference : references) {
            org.gsoia.workflow.breach.TestBreaches.end(jdbc, runtimeService, reference);
        }
    }

    private static String body(String zone, String circumstances, String levelId) {
        return """
                {"eventType": "LOSS", "facilityId": "DE-RHEINTAL-FDH", "location": "Registratur",
                 "discoveredAt": "2026-10-25T01:30:00+02:00", "discoveredZone": "%s",
                 "circumstances": "%s", "pointOfContact": "Markus Hoffmann",
                 "items": [{"originator": "ATLA", "registryNumber": "ATLA-2026-0112", "medium": "PAPER",
                            "levelId": "%s"}]}""".formatted(zone, circumstances, levelId);
    }

    @Test
    void aRegistrySystemReportsALossAndReadsItBack() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from breach_case", Integer.class);
        mvc.perform(post(PATH).with(httpBasic("facility.de", "demo")).header("Accept-Language", "de")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Europe/Atlantis", "Ordner fehlt\\u0000", "DE-GEHEIM")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("discoveredZone")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("circumstances")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("items[0].levelId")));
        mvc.perform(post(PATH).with(httpBasic("facility.de", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eventType\": \"LOST\"}"))
                .andExpect(status().isBadRequest());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from breach_case",
                Integer.class)).as("nothing saved").isEqualTo(before);

        String location = mvc.perform(post(PATH).with(httpBasic("facility.de", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Europe/Berlin", "Ordner fehlt", "JP-GOKUHI")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.discoveredZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.officerDueAt").value("2026-10-25T00:30:00Z"))
                .andExpect(jsonPath("$.authorityDueAt").value("2026-10-25T23:30:00Z"))
                .andExpect(jsonPath("$.items[0].marking").value(containsString("GEHEIM")))
                .andReturn().getResponse().getHeader("Location");
        String reference = location.substring(location.lastIndexOf('/') + 1);
        references.add(reference);

        mvc.perform(get(PATH + "/" + reference).with(httpBasic("security.de1", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.authorityDueAt").value("2026-10-25T23:30:00Z"));
        mvc.perform(get(PATH).with(httpBasic("facility.de", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].reference").value(hasItem(reference)));
        mvc.perform(get(PATH).param("size", "0").with(httpBasic("facility.de", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        // not yet notified: the originating party does not know the case
        mvc.perform(get(PATH + "/" + reference).with(httpBasic("security.jp1", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH).with(httpBasic("applicant.jp", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference").value(not(hasItem(reference))));
        mvc.perform(post(PATH).with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Europe/Berlin", "x", "JP-GOKUHI")))
                .andExpect(status().isForbidden());
    }
}
