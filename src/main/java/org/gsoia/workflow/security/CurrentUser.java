package org.gsoia.workflow.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The logged-in user of the current request, for views and services that act on the user's behalf. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final UserDirectory directory;

    CurrentUser(AuthenticationContext authenticationContext, UserDirectory directory) {
        this.authenticationContext = authenticationContext;
        this.directory = directory;
    }

    public Optional<String> userId() {
        return authenticationContext.getPrincipalName();
    }

    public boolean hasRole(Role role) {
        return authenticationContext.hasRole(role.name());
    }

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public Optional<UserAccount> account() {
        return userId().flatMap(directory::find);
    }

    public void logout() {
        authenticationContext.logout();
    }
}
