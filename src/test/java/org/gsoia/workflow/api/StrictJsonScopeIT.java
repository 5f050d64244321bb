package org.gsoia.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link StrictJson} is how the application reads JSON; Camunda's REST API (Jersey, an ObjectMapper of its own) and
 * the OpenAPI description work on the running server as before, so Cockpit and other engine clients are unaffected.
 */
@GsoiaServerTest
class StrictJsonScopeIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void camundasRestApiStillIgnoresPropertiesItDoesNotKnow() throws Exception {
        HttpResponse<String> answer = send("POST", "/engine-rest/process-instance/count",
                "{\"businessKeyLike\": \"VR-%\", \"notACamundaProperty\": 1}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{\"count\":");
    }

    @Test
    void theOpenApiDescriptionIsStillServed() throws Exception {
        HttpResponse<String> answer = send("GET", "/v3/api-docs", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"/api/visit-requests\"");
    }
}
