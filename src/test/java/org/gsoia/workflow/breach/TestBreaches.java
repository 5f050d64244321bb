package org.gsoia.workflow.breach;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers for breach cases: end one a test made, and fire a case's due timers beside the job executor. */
public final class TestBreaches {

    private TestBreaches() {
    }

    /**
     * Ends the case's process and lifts the flags it set on visits. The case's rows stay, as a visit test's requests do:
     * the dashboard's kept facts of an ended case must still equal the facts rebuilt from history and domain
     * (VisitCaseFactsIT). The job executor may be escalating the case at that moment (its targets passed): a deletion
     * that loses that race is tried again.
     */
    public static void end(JdbcTemplate jdbc, RuntimeService runtimeService, String reference) {
        for (int attempt = 1; ; attempt++) {
            try {
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
                break;
            } catch (org.camunda.bpm.engine.OptimisticLockingException raced) {
                if (attempt == 5) {
                    throw raced;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw raced;
                }
            }
        }
        jdbc.update("update visit_request set breach_reference = null, breach_flagged_at = null"
                + " where breach_reference = ?", reference);
    }

    /**
     * Executes the due jobs of the running process instances with that business key; a job the job executor took
     * first is left to it. Returns how many jobs were due.
     */
    public static int fireDueJobs(RuntimeService runtimeService, ManagementService managementService,
                                  String businessKey) {
        int due = 0;
        for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
                due++;
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException takenByTheJobExecutor) {
                    // the job executor was quicker; the caller reads the result
                }
            }
        }
        return due;
    }
}
