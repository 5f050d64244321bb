package org.gsoia.workflow.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data only: files cases "in the past" by moving the engine's clock, which is also the application's
 * ({@code config.ClockConfig}). Every step then runs through the real services at its own time, so the engine's
 * history, the domain rows, the audit trail and the dashboard's facts agree without anyone rewriting timestamps.
 * Timers are fired when the clock passes them, as the job executor would have; the job executor itself waits
 * while the clock is away, so that it does not act on a moving "now".
 */
@Component
@Profile("demo")
public class DemoClock {

    private final ProcessEngine engine;
    private final ManagementService managementService;
    private final Clock clock;

    DemoClock(ProcessEngine engine, ManagementService managementService, Clock clock) {
        this.engine = engine;
        this.managementService = managementService;
        this.clock = clock;
    }

    /** Runs the work with the clock free to move, and returns to the present afterwards, whatever happens. */
    public void travel(Runnable work) {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean wasActive = jobExecutor != null && jobExecutor.isActive();
        if (wasActive) {
            jobExecutor.shutdown();
        }
        try {
            work.run();
        } finally {
            ClockUtil.reset();
            if (wasActive) {
                jobExecutor.start();
            }
        }
    }

    /** The present, before any travel. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the clock to the moment (inside {@link #travel}), firing on the way each timer of the case that falls due
     * before it, at its own due time.
     */
    public void moveTo(Instant moment, String processInstanceId) {
        while (true) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                    .duedateLowerThan(Date.from(moment)).orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                break;
            }
            ClockUtil.setCurrentTime(new Date(due.get(0).getDuedate().getTime() + 60_000));
            managementService.executeJob(due.get(0).getId());
        }
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /**
     * Moves the clock to the moment (inside {@link #travel}) along the running case of that process and business key,
     * firing its timers on the way ({@link #moveTo(Instant, String)}); a case that has ended only sets the clock.
     */
    public void moveCaseTo(String processKey, String businessKey, Instant moment) {
        org.camunda.bpm.engine.runtime.ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .singleResult();
        if (instance == null) {
            setTo(moment);
        } else {
            moveTo(moment, instance.getId());
        }
    }

    /** Sets the clock to the moment (inside {@link #travel}), for the first step of a case. */
    public void setTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }
}
