package org.gsoia.workflow.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process engine knows about a case, read through its public API only: the open tasks and who holds them,
 * the history of the case's process instance, and its diagram with the path taken. Callers check need-to-know
 * first ({@link CaseFiles}); this class never decides visibility. The case reference is the business key.
 */
@Service
class CaseEngine {

    /** Activity types that are containers: marking them would paint over the activities inside. */
    private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "processDefinition");

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    CaseEngine(TaskService taskService, HistoryService historyService, RepositoryService repositoryService) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** The case's newest process instance (a case has one; an amendment moves within it). */
    @Transactional(readOnly = true)
    public Optional<HistoricProcessInstance> processInstance(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
    }

    /** The open tasks, each with its holder as the given function names it (assignee or candidate groups). */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(String reference, Locale locale, Holders holders,
                                    BiFunction<Task, Locale, String> taskName) {
        List<OpenTask> result = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(reference).active()
                .orderByTaskCreateTime().asc().list()) {
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            result.add(new OpenTask(taskName.apply(task, locale), holders.name(task.getAssignee(), groups, locale)));
        }
        return result;
    }

    /**
     * The engine's side of the timeline: the process started and ended, each task opened (offered to whom) and
     * completed (by whom) or withdrawn.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> history(String reference, Locale locale, Holders holders, Texts texts) {
        List<TimelineEntry> entries = new ArrayList<>();
        Optional<HistoricProcessInstance> instance = processInstance(reference);
        if (instance.isEmpty()) {
            return entries;
        }
        HistoricProcessInstance process = instance.get();
        entries.add(new TimelineEntry(instant(process.getStartTime()), TimelineEntry.Kind.PROCESS_STARTED,
                holders.person(process.getStartUserId(), locale), texts.text("casefile.timeline.processStarted", locale), ""));
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
            String name = texts.activityName(task.getTaskDefinitionKey(), task.getName(), locale);
            List<String> groups = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                    .type(IdentityLinkType.CANDIDATE).list().stream()
                    .filter(link -> "add".equals(link.getOperationType()) && link.getGroupId() != null)
                    .map(HistoricIdentityLinkLog::getGroupId).distinct().toList();
            String offeredTo = groups.isEmpty() ? holders.person(task.getAssignee(), locale)
                    : holders.name(null, groups, locale);
            entries.add(new TimelineEntry(instant(task.getStartTime()), TimelineEntry.Kind.TASK_OPENED, "",
                    texts.text("casefile.timeline.taskOpened", locale, name), texts.text("casefile.timeline.offeredTo", locale, offeredTo)));
            if (task.getEndTime() != null) {
                boolean completed = "completed".equals(task.getDeleteReason());
                entries.add(new TimelineEntry(instant(task.getEndTime()),
                        completed ? TimelineEntry.Kind.TASK_COMPLETED : TimelineEntry.Kind.TASK_WITHDRAWN,
                        completed ? holders.person(task.getAssignee(), locale) : "",
                        texts.text(completed ? "casefile.timeline.taskCompleted" : "casefile.timeline.taskWithdrawn", locale, name),
                        ""));
            }
        }
        if (process.getEndTime() != null) {
            entries.add(new TimelineEntry(instant(process.getEndTime()), TimelineEntry.Kind.PROCESS_ENDED, "",
                    texts.text("casefile.timeline.processEnded", locale), ""));
        }
        return entries;
    }

    /** The diagram of the case's process with the case's path on it; empty when the case has no process. */
    @Transactional(readOnly = true)
    public Optional<DiagramState> diagram(String reference) {
        return processInstance(reference).map(this::diagram);
    }

    private DiagramState diagram(HistoricProcessInstance process) {
        String definitionId = process.getProcessDefinitionId();
        String xml;
        try (InputStream model = repositoryService.getProcessModel(definitionId)) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        Set<String> active = new LinkedHashSet<>();
        Set<String> completed = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : activities) {
            if (CONTAINERS.contains(activity.getActivityType())) {
                continue;
            }
            (activity.getEndTime() == null ? active : completed).add(activity.getActivityId());
        }
        completed.removeAll(active);
        Set<String> incidents = historyService.createHistoricIncidentQuery().processInstanceId(process.getId()).open()
                .list().stream().map(HistoricIncident::getActivityId).filter(id -> id != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitionId);
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
        return new DiagramState(xml, completed, active, incidents, takenFlows(flows, activities));
    }

    /**
     * Camunda 7 records no history of sequence flows, so the flows taken are derived from the activity instances
     * (a listener on every flow would need a change to each model and would know nothing of cases that ran
     * before it). An activity instance was entered through one of its incoming flows: of those whose source
     * activity has an instance that ended no later than the target instance started, the flow whose source ended
     * last is the one taken; on equal end times (one transaction) the source that occurred later in the history
     * wins. This is exact for the exclusive paths of our models; for a parallel join, which is entered once per
     * incoming token, each token's own instance of the join marks its flow.
     */
    static Set<String> takenFlows(Collection<SequenceFlow> flows, List<HistoricActivityInstance> activities) {
        Map<String, List<SequenceFlow>> incoming = new HashMap<>();
        for (SequenceFlow flow : flows) {
            incoming.computeIfAbsent(flow.getTarget().getId(), id -> new ArrayList<>()).add(flow);
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            positions.computeIfAbsent(activities.get(i).getActivityId(), id -> new ArrayList<>()).add(i);
        }
        Set<String> taken = new HashSet<>();
        for (int t = 0; t < activities.size(); t++) {
            HistoricActivityInstance target = activities.get(t);
            Date entered = target.getStartTime();
            SequenceFlow best = null;
            long bestEnd = Long.MIN_VALUE;
            int bestPosition = -1;
            for (SequenceFlow flow : incoming.getOrDefault(target.getActivityId(), List.of())) {
                for (int s : positions.getOrDefault(flow.getSource().getId(), List.of())) {
                    HistoricActivityInstance source = activities.get(s);
                    if (s >= t || source.getEndTime() == null || source.getEndTime().after(entered)) {
                        continue;
                    }
                    long end = source.getEndTime().getTime();
                    if (end > bestEnd || (end == bestEnd && s > bestPosition)) {
                        best = flow;
                        bestEnd = end;
                        bestPosition = s;
                    }
                }
            }
            if (best != null) {
                taken.add(best.getId());
            }
        }
        return taken;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Readable names of the people and groups that hold tasks. */
    interface Holders {
        String name(String assignee, List<String> candidateGroups, Locale locale);

        String person(String userId, Locale locale);
    }

    /** Localised texts, and the procedure's names of its activities. */
    interface Texts {
        String text(String key, Locale locale, Object... arguments);

        String activityName(String activityId, String modelName, Locale locale);
    }

    /**
     * By time; things of the same moment (one transaction) in the order the process tells them ({@link
     * TimelineEntry.Kind}), and otherwise as recorded (the sort is stable): "request submitted" never follows
     * "clearances certified".
     */
    static List<TimelineEntry> sorted(List<TimelineEntry> entries) {
        List<TimelineEntry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::kind));
        return copy;
    }
}
