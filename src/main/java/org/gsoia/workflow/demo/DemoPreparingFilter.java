package org.gsoia.workflow.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While {@link DemoSeeding} files the demo cases, every page answers "preparing demo data" (and reloads itself every
 * few seconds) and every API call 503 with {@code Retry-After}: the cases are filed on a clock that travels through the
 * past, and an action taken meanwhile would be stamped with that time. The health endpoints answer as always, so
 * that an orchestrator sees the application live and ready.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoPreparingFilter {

    static final int RETRY_SECONDS = 3;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> demoPreparing(DemoSeeding seeding) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Gate(seeding));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Gate extends OncePerRequestFilter {

        private final DemoSeeding seeding;

        Gate(DemoSeeding seeding) {
            this.seeding = seeding;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!seeding.preparing() || path.startsWith("/actuator/health")) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (path.startsWith("/api/") || path.startsWith("/engine-rest")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Preparing demo data\",\"status\":503,"
                        + "\"detail\":\"The demo cases are being filed. Try again in a few seconds.\"}");
                return;
            }
            response.setContentType("text/html");
            response.getWriter().write(PAGE);
        }
    }

    /** English, German and Japanese at once: nobody is logged in yet, so nothing says which language to choose. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="%d">
            <title>GSOIA Workflow – preparing demo data</title>
            <style>
              body { font-family: system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif; margin: 0; background: #f4f6f9;
                     color: #1a2330; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
              main { background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 2rem 2.5rem;
                     max-width: 34rem; }
              h1 { font-size: 1.4rem; margin: 0 0 1rem; }
              p { line-height: 1.5; margin: .5rem 0; }
              .badge { display: inline-block; background: #b3261e; color: #fff; font-weight: 600; border-radius: 4px;
                       padding: 0 .4rem; margin-right: .5rem; font-size: .9rem; }
            </style>
            </head>
            <body>
            <main role="status" aria-live="polite">
              <h1><span class="badge">DEMO</span>GSOIA Workflow</h1>
              <p>Preparing demo data: the demo cases are being filed. This page continues by itself in a moment.</p>
              <p lang="de">Demodaten werden vorbereitet: die Demofälle werden angelegt. Die Seite geht gleich von selbst
                weiter.</p>
              <p lang="ja">デモデータを準備しています。デモ案件を登録中です。このページはまもなく自動的に続きます。</p>
            </main>
            </body>
            </html>
            """.formatted(RETRY_SECONDS);
}
