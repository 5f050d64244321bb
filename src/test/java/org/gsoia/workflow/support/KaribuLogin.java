package org.gsoia.workflow.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.gsoia.workflow.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Starts a Karibu (browserless) Vaadin UI for a logged-in user, with the user's real roles. */
public final class KaribuLogin {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.gsoia.workflow");

    private KaribuLogin() {
    }

    /** Logs the user in (as Spring Security would after a form login) and opens a fresh UI. */
    public static void loginAndOpen(ApplicationContext context, String userId) {
        IdentityService identity = context.getBean(IdentityService.class);
        Set<String> roles = identity.createGroupQuery().groupMember(userId).list().stream()
                .flatMap(g -> Role.ofGroupId(g.getId()).stream()).map(Role::name).collect(Collectors.toSet());
        List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        open(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().navigate("");
    }

    /** Opens a fresh UI for whoever is in the security context (nobody: the login page). */
    public static void open(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    public static void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
