package org.gsoia.workflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's side of identity: Argon2 password hashes, Camunda's password policy, and a lockout that always ends.
 * Camunda locks a user for good after {@code loginMaxAttempts} failures, which let anyone who knows a user name
 * lock out the only administrator over HTTP Basic; here each failure doubles the wait (3 s, 6 s, … up to
 * {@code gsoia.login.lock-max-seconds}) and the wait always ends.
 */
@Component
class EngineSecurity extends AbstractProcessEnginePlugin {

    private final int lockMaxSeconds;

    EngineSecurity(@Value("${gsoia.login.lock-max-seconds:900}") int lockMaxSeconds) {
        this.lockMaxSeconds = lockMaxSeconds;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new Argon2PasswordHash());
        configuration.setEnablePasswordPolicy(true);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(3);
        configuration.setLoginDelayFactor(2);
        configuration.setLoginDelayMaxTime(lockMaxSeconds);
    }
}
