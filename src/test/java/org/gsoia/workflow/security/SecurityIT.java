package org.gsoia.workflow.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Login per demo role, and the guards of the engine's REST API, Camunda's webapps and actuator. */
@GsoiaSpringTest
@AutoConfigureMockMvc
class SecurityIT {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"applicant.de", "applicant.jp", "officer.de1", "officer.de2", "officer.jp1",
            "officer.jp2", "facility.de", "facility.jp", "manager", "admin"})
    void everyDemoUserLogsInWithTheRoleOfTheCast(String userId) throws Exception {
        String role = DemoCast.CAST.stream().filter(m -> m.id().equals(userId)).findFirst().orElseThrow().role().name();
        mvc.perform(formLogin("/login").user(userId).password(DemoCast.PASSWORD))
                .andExpect(authenticated().withUsername(userId).withRoles(role))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        mvc.perform(formLogin("/login").user("applicant.de").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password(DemoCast.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void engineRestAnswers401WithoutCredentials403ToNonAdminsAnd200ToAdmin() throws Exception {
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("applicant.de", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("officer.jp1", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void camundaWebappsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("manager").roles(Role.MANAGER.name())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("admin").roles(Role.ADMIN.name())))
                .andExpect(status().isOk());
    }

    @Test
    void healthIsPublicAndPrometheusIsForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }
}
