package org.gsoia.workflow.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.gsoia.workflow.procedure.ActingUser;
import org.springframework.stereotype.Service;

/**
 * The engine's failed jobs of a case: automatic steps (escalations, expiries, overdue replies) that threw, with the
 * attempts the engine still makes ({@code gsoia.jobs.retry-cycle}), and the retry an administrator gives an incident.
 * Callers check the reader's role and need-to-know first ({@link CaseFiles}).
 */
@Service
class CaseIncidents {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final ActingUser actingUser;
    private final Clock clock;

    CaseIncidents(RuntimeService runtimeService, ManagementService managementService,
                  RepositoryService repositoryService, ActingUser actingUser, Clock clock) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.actingUser = actingUser;
        this.clock = clock;
    }

    /** The failed jobs of the case's running process instances, each with the step's id and name in the model. */
    List<Failure> failures(String reference) {
        List<Failure> failures = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list()) {
            // jobs that threw, and those an operator stopped (retries set to 0 in Cockpit: an incident without a fault)
            Map<String, Job> jobs = new LinkedHashMap<>();
            managementService.createJobQuery().processInstanceId(instance.getId()).withException().orderByJobId().asc()
                    .list().forEach(job -> jobs.put(job.getId(), job));
            managementService.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().orderByJobId().asc()
                    .list().forEach(job -> jobs.putIfAbsent(job.getId(), job));
            for (Job job : jobs.values()) {
                Optional<Incident> incident = runtimeService.createIncidentQuery()
                        .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).configuration(job.getId()).list().stream()
                        .findFirst();
                // where it threw; a stopped job never threw, so the incident's activity (the timer) names it
                String activityId = job.getFailedActivityId() != null ? job.getFailedActivityId()
                        : incident.map(Incident::getActivityId).orElse(null);
                Date raised = incident.map(Incident::getIncidentTimestamp).orElse(null);
                failures.add(new Failure(job.getId(), activityId, modelName(job.getProcessDefinitionId(), activityId),
                        rootCause(managementService.getJobExceptionStacktrace(job.getId())), job.getRetries(),
                        raised, job.getRetries() > 0 ? job.getDuedate() : null));
            }
        }
        return failures;
    }

    /**
     * One more attempt for the case's incident, as the administrator (the engine's operation log names them), due
     * now so that the job executor takes it at once; a further failure raises the incident again.
     *
     * @return the retried step, empty when the job is no incident of this case (any more)
     */
    Optional<Failure> retry(String reference, String jobId, String userId) {
        Optional<Failure> failure = failures(reference).stream()
                .filter(f -> f.jobId().equals(jobId) && f.retriesLeft() <= 0).findFirst();
        failure.ifPresent(f -> {
            try {
                actingUser.run(userId, () -> managementService.setJobRetries(1).jobId(jobId)
                        .dueDate(Date.from(clock.instant())).execute());
            } catch (ProcessEngineException gone) {
                if (managementService.createJobQuery().jobId(jobId).count() > 0) {
                    throw gone;
                }
            }
        });
        return failure;
    }

    private String modelName(String definitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        FlowElement element = repositoryService.getBpmnModelInstance(definitionId).getModelElementById(activityId);
        return element == null ? null : element.getName();
    }

    /**
     * The class of the innermost cause in the engine's stack trace, as {@code audit/Redacted} keeps it for the log:
     * the messages stay out, since they can name people and quote case content.
     */
    static String rootCause(String stacktrace) {
        if (stacktrace == null || stacktrace.isBlank()) {
            return "";
        }
        String line = stacktrace.lines().findFirst().orElse("");
        for (String candidate : (Iterable<String>) stacktrace.lines()::iterator) {
            if (candidate.startsWith("Caused by: ")) {
                line = candidate.substring("Caused by: ".length());
            }
        }
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(0, colon)).strip();
    }

    /** A failed job as the engine has it. */
    record Failure(String jobId, String activityId, String modelName, String cause, int retriesLeft, Date raised,
                   Date nextAttempt) {
    }
}
