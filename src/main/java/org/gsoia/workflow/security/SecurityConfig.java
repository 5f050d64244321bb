package org.gsoia.workflow.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
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

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http) throws Exception {
        // path matchers on the full request path: /engine-rest is Jersey's servlet, not Spring MVC's
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**"),
                        path("/v3/api-docs/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        // the OpenAPI description only says how to call the API; every call still needs a login
                        .requestMatchers(path("/v3/api-docs/**")).permitAll()
                        .requestMatchers(path("/actuator/prometheus")).hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                        // checked here, before the body is even read: a non-applicant learns nothing from the API
                        .requestMatchers(path("/api/visit-requests/**")).hasRole(Role.APPLICANT.name())
                        .requestMatchers(path("/api/facility-clearances/**")).hasRole(Role.AUTHORITY.name())
                        .requestMatchers(path("/api/fsc-assurance-requests/**")).hasRole(Role.AUTHORITY.name())
                        .requestMatchers(path("/api/**")).authenticated()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
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

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
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
