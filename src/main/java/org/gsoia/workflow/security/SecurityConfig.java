package org.gsoia.workflow.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.gsoia.workflow.audit.AuditLog;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: machine clients (Camunda's REST API, the application's REST API and its OpenAPI
 * description, actuator) use HTTP Basic and no session; people use the Vaadin login view. Camunda's webapps are
 * for administrators only and reuse the Spring Security login (single sign-on through the servlet principal).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private final AuditLog auditLog;

    SecurityConfig(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http) throws Exception {
        // path matchers on the full request path: /engine-rest is Jersey's servlet, not Spring MVC's
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**"),
                        path("/v3/api-docs/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        // the OpenAPI description is for the API's users, not for anyone probing the installation
                        .requestMatchers(path("/v3/api-docs/**")).hasAnyRole(Role.APPLICANT.name(),
                                Role.AUTHORITY.name(), Role.HOST_FACILITY.name(), Role.MANAGER.name(),
                                Role.ADMIN.name())
                        .requestMatchers(path("/actuator/prometheus")).hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                        // checked here, before the body is even read: a non-applicant learns nothing from the API
                        .requestMatchers(path("/api/visit-requests/**")).hasRole(Role.APPLICANT.name())
                        .requestMatchers(path("/api/facility-clearances/**")).hasRole(Role.AUTHORITY.name())
                        .requestMatchers(path("/api/fsc-assurance-requests/**")).hasRole(Role.AUTHORITY.name())
                        .requestMatchers(path("/api/breaches"), path("/api/breaches/**")).hasAnyRole(
                                Role.APPLICANT.name(), Role.AUTHORITY.name(), Role.HOST_FACILITY.name())
                        .requestMatchers(path("/api/audit/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers(path("/api/**")).hasAnyRole(Role.APPLICANT.name(), Role.AUTHORITY.name(),
                                Role.HOST_FACILITY.name(), Role.MANAGER.name(), Role.ADMIN.name())
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::machineLoginFailed))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfig::machineLoginFailed)
                        .accessDeniedHandler(this::machineAccessDenied))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // switched off by configuration; refused here as well should anything switch it on again
                .requestMatchers(path("/h2-console"), path("/h2-console/**")).denyAll()
                .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.name())
                .requestMatchers(path("/images/**"), path("/icons/**")).permitAll());
        // Camunda's webapps protect themselves with their own CSRF cookie
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    /** 401, or 429 with the wait when the client's address is refused for too many failed logins. */
    private static void machineLoginFailed(HttpServletRequest request, HttpServletResponse response,
                                           AuthenticationException failure) {
        if (failure instanceof LoginRefusedException refused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }
    }

    /** A logged-in caller refused by the rules above: 403, and a line in the audit trail with the client's address. */
    private void machineAccessDenied(HttpServletRequest request, HttpServletResponse response,
                                     AccessDeniedException denied) {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        auditLog.record(user, "ACCESS_DENIED", request.getRequestURI(), request.getMethod() + " 403");
        response.setStatus(HttpStatus.FORBIDDEN.value());
    }

    /** Every refused login becomes an event (and so an audit entry), not only the kinds Spring Security maps. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Tells the engine who calls /engine-rest (the user Spring Security authenticated, with their Camunda groups), so
     * that Camunda's authorization checks apply and the user-operation log names the administrator.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(202);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Logs the Spring Security user into Camunda's webapps, so Cockpit needs no second login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        // after Spring Security's filter chain, which provides the request's principal
        registration.setOrder(201);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }
}
