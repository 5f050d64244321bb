package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.EntityTypes;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, finding 10: Camunda's own checks are on. Calls to /engine-rest are authenticated to the engine (the
 * user-operation log names the administrator), and the engine itself refuses a non-administrator who reaches it
 * directly, whatever the URL rules say.
 */
@GsoiaServerTest
// a server of its own: in the server shared with the browser tests, CI found no user-operation-log rows for the
// administrator's calls (locally, and in a fresh server, they are there); cause still open, see the issue 14 note
@org.springframework.test.context.TestPropertySource(properties = "gsoia.test.server=engine-authorization")
class EngineAuthorizationIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    UserDirectory users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + DemoCast.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An operation that touches no case (a grant to an application name nobody uses, created and deleted again), so
     * that no timer or other test can take its object away in between.
     */
    @Test
    void anAdministratorsOperationOverEngineRestIsAttributedInTheUserOperationLog() throws Exception {
        // read from the table: the engine's own query would be filtered by whatever authentication this thread has
        String logged = "select count(*) from act_hi_op_log where user_id_ = 'admin' and entity_type_ = ?";
        long before = jdbc.queryForObject(logged, Long.class, EntityTypes.AUTHORIZATION);

        HttpResponse<String> created = send("POST", "/engine-rest/authorization/create", "{\"type\":1,"
                + "\"permissions\":[\"ACCESS\"],\"userId\":\"manager\",\"resourceType\":0,"
                + "\"resourceId\":\"operator-check\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asText();
        assertThat(send("DELETE", "/engine-rest/authorization/" + id, null).statusCode()).isEqualTo(204);

        // one entry per property of the grant, for its creation and for its deletion
        assertThat(jdbc.queryForObject(logged, Long.class, EntityTypes.AUTHORIZATION)).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void theEngineShowsNothingToAnApplicantWhoReachesItDirectlyButEverythingToTheApplicationsServices() {
        long definitions = repositoryService.createProcessDefinitionQuery().count();
        long instances = runtimeService.createProcessInstanceQuery().count();
        assertThat(definitions).isPositive();
        assertThat(instances).isPositive();

        identityService.setAuthentication("applicant.de", users.groupsOf("applicant.de"));
        try {
            assertThat(repositoryService.createProcessDefinitionQuery().count()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        } finally {
            identityService.clearAuthentication();
        }

        identityService.setAuthentication("applicant.de", List.of(EngineSecurity.APPLICATION_GROUP));
        try {
            assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
