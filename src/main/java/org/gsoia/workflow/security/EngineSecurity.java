package org.gsoia.workflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's side of identity: Argon2 password hashes, Camunda's password policy, a lockout that always ends, and
 * authorization checks for everyone who calls the engine directly (REST API, webapps).
 * Camunda locks a user for good after {@code loginMaxAttempts} failures, which let anyone who knows a user name
 * lock out the only administrator over HTTP Basic; here each failure doubles the wait (3 s, 6 s, … up to
 * {@code gsoia.login.lock-max-seconds}) and the wait always ends.
 */
@Component
public class EngineSecurity extends AbstractProcessEnginePlugin {

    private final int lockMaxSeconds;

    EngineSecurity(@Value("${gsoia.login.lock-max-seconds:900}") int lockMaxSeconds) {
        this.lockMaxSeconds = lockMaxSeconds;
    }

    /**
     * The group the application's own services act in when they call the engine as a user ({@code ActingUser},
     * {@code EngineAsUser}): it holds every permission in Camunda's authorization checks, which are on for the REST
     * API and the webapps, because the services check need-to-know themselves. No real group can have this id (Camunda's group id
     * pattern has no colon), so nobody can be made a member of it.
     */
    public static final String APPLICATION_GROUP = "gsoia:application";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the application's services check need-to-know themselves and hold every permission in Camunda's checks:
        // their calls skip the checks' queries, which always grant (LifecycleBenchmark: 30 per visit lifecycle)
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new ApplicationCallsPassChecks());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        configuration.setResourceAuthorizationProvider(new NoTaskAuthorizations());
        configuration.setPasswordEncryptor(new Argon2PasswordHash());
        configuration.setEnablePasswordPolicy(true);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(3);
        configuration.setLoginDelayFactor(2);
        configuration.setLoginDelayMaxTime(lockMaxSeconds);
    }

    /** Turns Camunda's permission checks off for a command the application's services run (see preInit). */
    static final class ApplicationCallsPassChecks extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            Authentication authentication = context == null ? null : context.getAuthentication();
            if (authentication != null && authentication.getGroupIds() != null
                    && authentication.getGroupIds().contains(APPLICATION_GROUP)) {
                context.disableAuthorizationCheck();
            }
            return next.execute(command);
        }
    }

    /**
     * Camunda checks permissions against its authorization table; administrators and the application's services are
     * granted everything there (idempotent, on every start), everyone else nothing.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String group : List.of(Groups.CAMUNDA_ADMIN, APPLICATION_GROUP)) {
            for (Resources resource : Resources.values()) {
                if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                        .resourceId(Authorization.ANY).count() == 0) {
                    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    grant.setGroupId(group);
                    grant.setResource(resource);
                    grant.setResourceId(Authorization.ANY);
                    grant.addPermission(Permissions.ALL);
                    authorizations.saveAuthorization(grant);
                }
            }
        }
    }
}
