package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroups;

/** The probes container orchestrators ask: readiness follows the database, liveness does not. */
@GsoiaSpringTest
class HealthProbesIT {

    @Autowired HealthEndpointGroups groups;

    @Test
    void readinessFollowsTheDatabaseAndLivenessDoesNot() {
        assertThat(groups.get("readiness")).isNotNull();
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
        assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
    }
}
