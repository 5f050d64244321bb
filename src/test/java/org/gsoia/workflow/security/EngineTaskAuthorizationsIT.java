package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Open and claimed tasks (the demo's) carry no per-task rows in Camunda's authorization table. */
@GsoiaSpringTest
class EngineTaskAuthorizationsIT {

    @Autowired JdbcTemplate jdbc;

    @Test
    void tasksOfferedAndClaimedWriteNoAuthorizationRows() {
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where ASSIGNEE_ is not null", Integer.class))
                .isPositive();
        // the grants on every task of administrators and the application (EngineSecurity) are the only task rows
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ?"
                + " and RESOURCE_ID_ <> ?", Integer.class, Resources.TASK.resourceType(), Authorization.ANY)).isZero();
    }
}
