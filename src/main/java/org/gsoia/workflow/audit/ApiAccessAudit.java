package org.gsoia.workflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads and refusals of the application's REST API in the audit trail: every successful GET (who read which
 * resource), and every 403 or 404 a handler answered (a probe for a case the caller may not see looks exactly like
 * one for a case that does not exist, and both are recorded). Runs inside Spring Security, so the caller is known;
 * refusals by the security rules themselves are recorded by the security configuration.
 */
@Configuration
class ApiAccessAudit {

    static final String READ = "API_READ";
    static final String DENIED = "ACCESS_DENIED";
    static final String NOT_FOUND = "NOT_FOUND";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiAccessAuditFilter(AuditLog auditLog) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                chain.doFilter(request, response);
                String action = actionFor(request.getMethod(), response.getStatus());
                if (action != null && caller != null && caller.isAuthenticated()) {
                    auditLog.record(caller.getName(), action, request.getRequestURI(),
                            request.getMethod() + " " + response.getStatus());
                }
            }
        });
        registration.addUrlPatterns("/api/*");
        // just inside Spring Security's filter chain
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static String actionFor(String method, int status) {
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return DENIED;
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return NOT_FOUND;
        }
        return "GET".equals(method) && status >= 200 && status < 300 ? READ : null;
    }
}
