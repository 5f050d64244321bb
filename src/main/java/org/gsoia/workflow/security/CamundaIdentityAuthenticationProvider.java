package org.gsoia.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.gsoia.workflow.audit.ClientAddress;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks user name and password against Camunda's identity tables and turns the user's Camunda groups into Spring
 * Security roles. One user store serves the UI, the REST APIs and Cockpit. Guessing is slowed per user (the engine's
 * back-off, {@link EngineSecurity}) and per client address ({@link LoginThrottle}); old hashes are upgraded on the
 * way ({@link PasswordUpgrade}). The login page admits only people: a technical account (the metrics scraper) has no
 * role that the UI serves.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    /** Camunda's user id column and the audit trail's hold 64 characters; anything longer is no user. */
    static final int MAX_USER_ID = 64;

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final PasswordUpgrade upgrade;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
                                          PasswordUpgrade upgrade) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.upgrade = upgrade;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = ClientAddress.current().orElse("unknown");
        throttle.refusedFor(address).ifPresent(wait -> {
            throw new LoginRefusedException(wait);
        });
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(address);
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .flatMap(group -> Role.ofGroupId(group.getId()).stream())
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        if (isLoginPage() && authorities.stream().noneMatch(a -> Role.ofAuthority(a.getAuthority())
                .filter(Role::usesTheUi).isPresent())) {
            throw new BadCredentialsException("No role that uses the UI");
        }
        upgrade.afterSuccessfulCheck(userId, credentials.toString());
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    /** The Vaadin login form posts to /login; HTTP Basic comes with any other request. */
    private static boolean isLoginPage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return "POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI());
        }
        return false;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
