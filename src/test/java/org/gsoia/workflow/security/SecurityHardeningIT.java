package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, findings 3, 4, 8 and the metrics account: lockout that ends, the per-address rate limit, Argon2 hashes
 * with the upgrade of old ones, the password policy, the login audit of over-long user names. Each test uses users
 * and client addresses of its own, so the demo users of other tests are never locked.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class SecurityHardeningIT {

    static final String STRONG_PASSWORD = "Tr0ubadour-Horse!";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountLocks accountLocks;
    @Autowired
    Passwords passwords;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private void createUser(String userId, Role role) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Test");
            user.setLastName("User");
            user.setPassword(STRONG_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(userId, role.groupId());
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String userId, String password, String address) {
        return post("/login").param("username", userId).param("password", password).with(csrf()).with(from(address));
    }

    private int basic(String userId, String password, String address) throws Exception {
        return mvc.perform(get("/api/visit-requests").with(httpBasic(userId, password)).with(from(address)))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void wrongPasswordsNeverLockAnAccountForGoodAndTheWaitGrows() throws Exception {
        createUser("lockout.test", Role.APPLICANT);
        long now = System.currentTimeMillis();
        // twelve failures, each after the previous wait ended (Camunda used to lock for good at the tenth)
        for (int attempt = 1; attempt <= 12; attempt++) {
            ClockUtil.setCurrentTime(new Date(now + attempt * Duration.ofMinutes(20).toMillis()));
            assertThat(basic("lockout.test", "wrong", "198.51.100." + attempt)).isEqualTo(401);
        }
        AccountLocks.Account locked = accountLocks.page("lockout.test", 0, 1).get(0);
        assertThat(locked.failedLogins()).isEqualTo(12);
        assertThat(locked.lockedUntil()).isNotNull();
        // while locked, even the right password is refused ...
        assertThat(basic("lockout.test", STRONG_PASSWORD, "198.51.100.20")).isEqualTo(401);
        // ... and the lock ends by itself after at most fifteen minutes
        ClockUtil.setCurrentTime(new Date(now + 12 * Duration.ofMinutes(20).toMillis()
                + Duration.ofMinutes(16).toMillis()));
        assertThat(basic("lockout.test", STRONG_PASSWORD, "198.51.100.20")).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksAnAccountAtOnceAndTheUnlockIsAudited() throws Exception {
        createUser("unlock.test", Role.APPLICANT);
        assertThat(basic("unlock.test", "wrong", "198.51.100.30")).isEqualTo(401);
        assertThat(basic("unlock.test", STRONG_PASSWORD, "198.51.100.30")).isEqualTo(401);

        accountLocks.unlock("admin", "unlock.test");

        assertThat(basic("unlock.test", STRONG_PASSWORD, "198.51.100.30")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_UNLOCKED'"
                + " and subject = 'user:unlock.test' and user_id = 'admin'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedWith429WhileOthersGoOn() throws Exception {
        createUser("throttle.test", Role.APPLICANT);
        for (int i = 0; i < 30; i++) {
            assertThat(basic("guess" + i, "wrong", "203.0.113.9")).isEqualTo(401);
        }
        mvc.perform(get("/api/visit-requests").with(httpBasic("throttle.test", STRONG_PASSWORD))
                        .with(from("203.0.113.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(basic("throttle.test", STRONG_PASSWORD, "203.0.113.10")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and user_id = 'throttle.test' and client_address = '203.0.113.9'", Integer.class)).isEqualTo(1);
    }

    @Test
    void newPasswordsAreArgon2AndOldSha512HashesAreUpgradedAtTheNextLogin() throws Exception {
        createUser("hash.test", Role.APPLICANT);
        assertThat(storedHash("hash.test")).startsWith("{ARGON2}$argon2id$");

        String salt = "c2FsdHNhbHRzYWx0c2FsdA==";
        jdbc.update("update act_id_user set pwd_ = ?, salt_ = ? where id_ = ?",
                "{SHA-512}" + new Sha512HashDigest().encrypt(STRONG_PASSWORD + salt), salt, "hash.test");
        assertThat(basic("hash.test", STRONG_PASSWORD, "198.51.100.40")).isEqualTo(200);

        assertThat(storedHash("hash.test")).startsWith("{ARGON2}");
        assertThat(basic("hash.test", STRONG_PASSWORD, "198.51.100.40")).isEqualTo(200);
    }

    private String storedHash(String userId) {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, userId);
    }

    @Test
    void thePasswordPolicyRefusesWeakPasswordsAndUsersChangeTheirOwn() {
        User weak = identityService.newUser("weak.test");
        weak.setPassword("password");
        assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class);

        createUser("change.test", Role.APPLICANT);
        assertThatThrownBy(() -> passwords.change("change.test", "wrong", "N3w-Password!x", "N3w-Password!x"))
                .isInstanceOfSatisfying(Passwords.ChangeRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(Passwords.ChangeRefused.Reason.WRONG_CURRENT));
        identityService.unlockUser("change.test");
        assertThatThrownBy(() -> passwords.change("change.test", STRONG_PASSWORD, "short", "short"))
                .isInstanceOfSatisfying(Passwords.ChangeRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(Passwords.ChangeRefused.Reason.POLICY);
                    assertThat(r.rules()).extracting(rule -> rule.getPlaceholder())
                            .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT");
                });
        assertThatThrownBy(() -> passwords.change("change.test", STRONG_PASSWORD, "N3w-Password!x", "other"))
                .isInstanceOfSatisfying(Passwords.ChangeRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(Passwords.ChangeRefused.Reason.MISMATCH));

        passwords.change("change.test", STRONG_PASSWORD, "N3w-Password!x", "N3w-Password!x");

        assertThat(identityService.checkPassword("change.test", "N3w-Password!x")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_CHANGED'"
                + " and user_id = 'change.test'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anOverlongUserNameIsAnOrdinaryFailedLoginAndIsAudited() throws Exception {
        String longName = "x".repeat(100);
        mvc.perform(login(longName, "whatever", "198.51.100.50"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(basic(longName, "whatever", "198.51.100.50")).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and user_id = ? and client_address = '198.51.100.50'", Integer.class, "x".repeat(64)))
                .isEqualTo(2);
    }

    @Test
    void theMetricsAccountReadsPrometheusButCannotLogIntoTheUi() throws Exception {
        createUser("metrics.test", Role.METRICS);
        mvc.perform(login("metrics.test", STRONG_PASSWORD, "198.51.100.60"))
                .andExpect(unauthenticated());
        // its password is right (403, not 401): it just has no business outside /actuator/prometheus (HttpGuardsIT)
        mvc.perform(get("/api/visit-requests").with(httpBasic("metrics.test", STRONG_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(login("applicant.de", DemoCast.PASSWORD, "198.51.100.60"))
                .andExpect(authenticated());
    }
}
