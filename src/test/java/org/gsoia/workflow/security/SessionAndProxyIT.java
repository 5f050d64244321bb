package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14, finding 9: session cookies and running behind a TLS-terminating reverse proxy. */
@GsoiaServerTest
class SessionAndProxyIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<Void> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = get("/login", Map.of()).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void behindAProxyRedirectsKeepTheClientsSchemeAndHost() throws Exception {
        var response = get("/", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "gsoia.example.org"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("https://gsoia.example.org/");
    }

    /** Over real HTTP (MockMvc sets the request context itself and hid that logins did not know the client). */
    @Test
    void aFailedLoginOverHttpIsAuditedWithTheClientsAddress(@Autowired JdbcTemplate jdbc) throws Exception {
        String user = "proxy.probe." + System.nanoTime();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/breaches"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":wrong").getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select client_address from audit_event where action = 'LOGIN_FAILED'"
                + " and user_id = ?", String.class, user)).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void productionSessionCookiesAreSecure() throws IOException {
        var environment = new StandardEnvironment();
        var loader = new YamlPropertySourceLoader();
        loader.load("postgres", new ClassPathResource("application-postgres.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        loader.load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }
}
