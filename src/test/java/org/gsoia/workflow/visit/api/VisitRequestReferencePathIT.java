package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A control character in the reference of the URL, as curl would send it to the running server on PostgreSQL: the
 * answer says there is no such request (or that the URL is bad), never that the server failed.
 */
@GsoiaServerTest
class VisitRequestReferencePathIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private int status(String method, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("applicant.de:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}")).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Tomcat refuses NUL in a path (400); the API finds no request with the other controls (404). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%00", "VR-2026-%00000001", "%01", "%1B", "%7F", "%C2%85"})
    void aControlCharacterInTheReferenceIsNoServerError(String reference) throws Exception {
        String path = "/api/visit-requests/" + reference;
        assertThat(status("GET", path)).as("GET").isIn(400, 404);
        assertThat(status("PUT", path)).as("PUT").isIn(400, 404);
        assertThat(status("POST", path + "/cancellation")).as("cancellation").isIn(400, 404);
    }

    /**
     * Spring Security's firewall refuses encoded line breaks before any controller; its 400 is rendered by the error
     * page, which sends the anonymous caller to the login page. Not a server error, and nothing reaches the database.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%0A", "%0D", "%E2%80%A8", "%E2%80%A9"})
    void anEncodedLineBreakInTheReferenceIsRefusedByTheFirewall(String reference) throws Exception {
        String path = "/api/visit-requests/" + reference;
        assertThat(status("GET", path)).as("GET").isIn(302, 400);
        assertThat(status("PUT", path)).as("PUT").isIn(302, 400);
        assertThat(status("POST", path + "/cancellation")).as("cancellation").isIn(302, 400);
    }
}
