package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The guards as an HTTP client sees them on the running server (what {@code curl} would print). */
@GsoiaServerTest
class HttpGuardsIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private int status(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + DemoCast.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void engineRestIs401WithoutCredentials403ForAnApplicantAnd200ForTheAdmin() throws Exception {
        assertThat(status("/engine-rest/engine", null)).isEqualTo(401);
        assertThat(status("/engine-rest/engine", "applicant.de")).isEqualTo(403);
        assertThat(status("/engine-rest/engine", "admin")).isEqualTo(200);
    }

    @Test
    void prometheusIsForAdminsOnly() throws Exception {
        assertThat(status("/actuator/prometheus", null)).isEqualTo(401);
        assertThat(status("/actuator/prometheus", "manager")).isEqualTo(403);
        assertThat(status("/actuator/prometheus", "admin")).isEqualTo(200);
    }

    @Test
    void loginPageAndHealthArePublicWhileViewsNeedALogin() throws Exception {
        assertThat(status("/login", null)).isEqualTo(200);
        assertThat(status("/actuator/health", null)).isEqualTo(200);
        assertThat(status("/", null)).isEqualTo(302);
        assertThat(status("/camunda/app/cockpit/default/", null)).isEqualTo(302);
    }
}
