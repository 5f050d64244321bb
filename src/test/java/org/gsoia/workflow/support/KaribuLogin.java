package org.gsoia.workflow.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.gsoia.workflow.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAccessDeniedError;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.gsoia.workflow.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Starts a Karibu (browserless) Vaadin UI for a logged-in user, with the user's real roles. */
public final class KaribuLogin {

    private static final Routes ROUTES = discoverRoutes();

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
        // Vaadin finds @Layout classes by its own scan at start-up, which Karibu's route registration skips
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()).setLayout(MainLayout.class);
    }

    /**
     * Every {@code @Route} and error view of the application. (Karibu's own discovery skips package-private
     * views, and ours are package-private, as in Vaadin's walking skeleton.)
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.gsoia.workflow")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuLogin.class.getClassLoader());
            if (type.isAnnotationPresent(Route.class)) {
                routes.add((Class<? extends Component>) type);
            } else {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        // Vaadin's own handler, which reroutes a denied access to "not found" as in the running product
        errorRoutes.add(RouteAccessDeniedError.class);
        return new Routes(routes, errorRoutes, true);
    }

    public static void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
