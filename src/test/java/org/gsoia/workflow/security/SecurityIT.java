package org.gsoia.workflow.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Login per demo role and the guard of Camunda's webapps; {@code HttpGuardsIT} checks the REST guards over HTTP. */
@GsoiaSpringTest
@AutoConfigureMockMvc
class SecurityIT {

    private static final String THROTTLED = "failed.login.test";

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

    /**
     * A user of its own: Camunda delays further logins after a failed one (brute-force protection), which
     * must not slow down the demo users of the other tests.
     */
    @BeforeAll
    static void createUserForFailedLogins(@Autowired IdentityService identityService) {
        if (identityService.createUserQuery().userId(THROTTLED).count() == 0) {
            User user = identityService.newUser(THROTTLED);
            user.setPassword(SecurityHardeningIT.STRONG_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(THROTTLED, Role.ADMIN.groupId());
        }
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        mvc.perform(formLogin("/login").user(THROTTLED).password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password(DemoCast.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void camundaWebappsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("manager").roles(Role.MANAGER.name())))
                .andExpect(status().isForbidden());
        // Cockpit itself is served by Camunda's webapp filters outside MockMvc: here only the guard is checked
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("admin").roles(Role.ADMIN.name())))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(302, 401, 403));
    }

    @Test
    void camundaWebappsRecogniseTheAdministratorsSoCockpitAsksForNoSetup(@Autowired IdentityService identityService) {
        assertThat(identityService.createUserQuery()
                .memberOfGroup(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN).list())
                .extracting(User::getId).contains("admin");
    }
}
