package org.gsoia.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox on PostgreSQL: read model in step with the engine, need-to-know, actions, filters and races. */
@GsoiaSpringTest
class TaskInboxIT {

    private static final List<String> DEMO_USERS = List.of("applicant.de", "applicant.jp", "officer.de1",
            "officer.de2", "officer.jp1", "officer.jp2", "facility.de", "facility.jp", "manager", "admin");

    @Autowired ApplicationContext context;
    @Autowired TaskInbox inbox;
    @Autowired SavedFilters savedFilters;
    @Autowired VisitTasks tasks;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired InboxRebuild rebuild;

    private List<InboxRow> rows(String userId, InboxFilter filter) {
        return inbox.page(userId, filter, InboxSort.DUE, true, 0, 500);
    }

    private Optional<InboxRow> row(String userId, String reference, String taskKey) {
        return rows(userId, InboxFilter.all()).stream()
                .filter(r -> r.reference().equals(reference) && r.taskKey().equals(taskKey)).findFirst();
    }

    private String taskId(String userId, String reference, String taskKey) {
        return row(userId, reference, taskKey).orElseThrow(() -> new AssertionError(
                "no " + taskKey + " of " + reference + " in the inbox of " + userId)).taskId();
    }

    private Set<String> engineTaskIdsFor(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        // assigned to the user, or offered to one of the user's groups (also when a colleague has claimed it)
        Set<String> ids = taskService.createTaskQuery().taskAssignee(userId).list().stream().map(Task::getId)
                .collect(Collectors.toCollection(HashSet::new));
        if (!groups.isEmpty()) {
            taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().list()
                    .forEach(task -> ids.add(task.getId()));
        }
        return ids;
    }

    @Test
    void theReadModelFollowsTheEngineWithTheCasesBusinessData() {
        String reference = submitGermanVisit(context, 20, "DE-GEHEIM");

        InboxRow certification = row("officer.de1", reference, "certifyClearances").orElseThrow();
        assertThat(certification.procedureKey()).isEqualTo("visit-request");
        assertThat(certification.organisationId()).isEqualTo("DE-NORDWERK");
        assertThat(certification.partyCode()).isEqualTo("DE");
        assertThat(certification.levelId()).isEqualTo("DE-GEHEIM");
        assertThat(certification.levelParty()).isEqualTo("DE");
        assertThat(jdbc.queryForObject("select level_rank from task_inbox where task_id = ?", Integer.class,
                certification.taskId())).as("the rank of the sending party's level, which the inbox sorts by")
                .isEqualTo(jdbc.queryForObject("select rank from classification_level where id = 'DE-GEHEIM'",
                        Integer.class)).isPositive();
        assertThat(certification.due()).as("the decision deadline").isNotNull();
        assertThat(certification.assignee()).isNull();
        assertThat(row("officer.jp1", reference, "certifyClearances")).as("the host authority waits").isEmpty();

        tasks.certify(certification.taskId(), "officer.de1", true, null);

        assertThat(row("officer.de1", reference, "certifyClearances")).isEmpty();
        InboxRow review = row("officer.jp1", reference, "reviewRequest").orElseThrow();
        assertThat(review.partyCode()).isEqualTo("JP");
        assertThat(review.due()).isEqualTo(certification.due());
        assertThat(jdbc.queryForObject("select count(*) from task_inbox", Long.class))
                .as("one row per open task of the engine").isEqualTo(taskService.createTaskQuery().count());
    }

    @Test
    void aCaseChangeAnnouncedByItsProcedureReachesTheOpenTasks() {
        String reference = submitGermanVisit(context, 24, "DE-GEHEIM");
        InboxRow before = row("officer.de1", reference, "certifyClearances").orElseThrow();
        jdbc.update("update visit_request set decision_due_date = decision_due_date + 10 where reference = ?",
                reference);

        events.publishEvent(new CaseChanged(reference));

        InboxRow after = row("officer.de1", reference, "certifyClearances").orElseThrow();
        assertThat(java.time.Duration.between(before.due(), after.due())).isEqualTo(java.time.Duration.ofDays(10));
    }

    @Test
    void everyDemoUserSeesExactlyTheTasksTheEngineOffersThemAndNothingElse() {
        submitGermanVisit(context, 21, "DE-GEHEIM");
        for (String user : DEMO_USERS) {
            Set<String> shown = rows(user, InboxFilter.all()).stream().map(InboxRow::taskId).collect(Collectors.toSet());
            assertThat(shown).as("inbox of " + user).isEqualTo(engineTaskIdsFor(user));
        }
        assertThat(rows("applicant.de", InboxFilter.all())).extracting(InboxRow::organisationId).containsOnly("DE-NORDWERK");
        assertThat(rows("applicant.jp", InboxFilter.all())).extracting(InboxRow::organisationId).containsOnly("JP-SAKURA");
        assertThat(rows("officer.jp1", InboxFilter.all())).extracting(InboxRow::partyCode).containsOnly("JP");
        assertThat(rows("officer.de1", InboxFilter.all())).isNotEmpty().extracting(InboxRow::partyCode).containsOnly("DE");
        assertThat(rows("manager", InboxFilter.all())).as("managers see aggregates, not cases").isEmpty();
    }

    @Test
    void aUserInNoGroupIsOfferedNothingAndSeesOnlyWhatIsAssignedToThem() {
        String reference = submitGermanVisit(context, 26, "DE-GEHEIM");
        String certification = taskId("officer.de1", reference, "certifyClearances");
        String loner = "inbox.loner";
        if (identityService.createUserQuery().userId(loner).count() == 0) {
            var user = identityService.newUser(loner);
            user.setFirstName("Lone");
            user.setLastName("Ranger");
            user.setPassword("Tr0ubadour-Horse!");
            identityService.saveUser(user);
        }
        assertThat(identityService.createGroupQuery().groupMember(loner).count()).isZero();

        // an empty group list once sent a NUL placeholder, which PostgreSQL refuses in a parameter
        assertThat(rows(loner, InboxFilter.all())).isEmpty();
        assertThat(inbox.count(loner, InboxFilter.all())).isZero();
        assertThat(inbox.find(loner, certification)).isEmpty();
        assertThat(inbox.openTasksOf(loner, reference)).isEmpty();

        taskService.setAssignee(certification, loner);
        assertThat(rows(loner, InboxFilter.all())).extracting(InboxRow::taskId).containsExactly(certification);
        assertThat(inbox.find(loner, certification)).isPresent();
        taskService.setAssignee(certification, null);
    }

    @Test
    void craftedIdsOfOtherPartiesTasksAreTreatedAsIfTheyDidNotExist() {
        String reference = submitGermanVisit(context, 22, "DE-GEHEIM");
        String germanTask = taskId("officer.de1", reference, "certifyClearances");

        assertThat(inbox.find("officer.jp1", germanTask)).isEmpty();
        assertThat(inbox.find("applicant.jp", germanTask)).isEmpty();
        assertRefused(() -> inbox.claim("officer.jp1", germanTask), TaskActionRefusedException.Reason.GONE);
        assertRefused(() -> inbox.assign("officer.jp1", germanTask, "officer.jp2"), TaskActionRefusedException.Reason.GONE);
        assertRefused(() -> inbox.claim("applicant.jp", germanTask), TaskActionRefusedException.Reason.GONE);
        assertRefused(() -> inbox.assign("officer.de1", germanTask, "officer.jp1"),
                TaskActionRefusedException.Reason.NOT_A_COLLEAGUE);
        assertThat(taskService.createTaskQuery().taskId(germanTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void officersClaimReleaseAndHandOverTasksWithinTheirAuthority() {
        String reference = submitGermanVisit(context, 23, "DE-GEHEIM");
        String taskId = taskId("officer.de1", reference, "certifyClearances");
        assertThat(inbox.colleagues(List.of(taskId))).extracting(Colleague::userId)
                .containsExactlyInAnyOrder("officer.de1", "officer.de2");

        inbox.claim("officer.de1", taskId);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("officer.de1");
        assertThat(rows("officer.de1", InboxFilter.all().withScope(InboxScope.MINE))).extracting(InboxRow::taskId).contains(taskId);
        assertThat(rows("officer.de2", InboxFilter.all().withScope(InboxScope.GROUPS))).extracting(InboxRow::taskId).doesNotContain(taskId);
        assertRefused(() -> inbox.claim("officer.de2", taskId), TaskActionRefusedException.Reason.CLAIMED_BY_OTHER);
        assertRefused(() -> inbox.unclaim("officer.de2", taskId), TaskActionRefusedException.Reason.NOT_YOURS);

        inbox.assign("officer.de1", taskId, "officer.de2");
        InboxRow handedOver = inbox.find("officer.de2", taskId).orElseThrow();
        assertThat(handedOver.assignee()).isEqualTo("officer.de2");
        assertThat(handedOver.owner()).isEqualTo("officer.de1");
        assertThat(rows("officer.de2", InboxFilter.all().withScope(InboxScope.MINE))).extracting(InboxRow::taskId).contains(taskId);

        inbox.unclaim("officer.de2", taskId);
        assertThat(inbox.find("officer.de1", taskId).orElseThrow().assignee()).isNull();
        assertThat(auditLog.bySubject(reference)).extracting(e -> e.getAction())
                .contains("TASK_CLAIMED", "TASK_ASSIGNED", "TASK_UNCLAIMED");
    }

    @Test
    void aBulkClaimKeepsWhatItGotAndReportsWhatOthersTookMeanwhile() {
        String first = taskId("officer.de1", submitGermanVisit(context, 24, "DE-GEHEIM"), "certifyClearances");
        String second = taskId("officer.de1", submitGermanVisit(context, 25, "DE-GEHEIM"), "certifyClearances");
        inbox.claim("officer.de2", second);

        BulkResult result = inbox.claimAll("officer.de1", List.of(first, second));

        assertThat(result.done()).isEqualTo(1);
        assertThat(result.refused()).extracting(TaskActionRefusedException::reason)
                .containsExactly(TaskActionRefusedException.Reason.CLAIMED_BY_OTHER);
        assertThat(taskService.createTaskQuery().taskId(first).singleResult().getAssignee()).isEqualTo("officer.de1");
        assertThat(taskService.createTaskQuery().taskId(second).singleResult().getAssignee()).isEqualTo("officer.de2");

        BulkResult assigned = inbox.assignAll("officer.de1", List.of(first), "officer.de2");
        assertThat(assigned.done()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(first).singleResult().getAssignee()).isEqualTo("officer.de2");
    }

    @Test
    void filtersAndSortingAreComputedInTheDatabaseAsTheRowsSay() {
        String reference = submitGermanVisit(context, 26, "DE-GEHEIM");
        List<InboxRow> all = rows("officer.de1", InboxFilter.all());

        String digits = reference.substring(reference.length() - 6).toLowerCase();
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, null, null, null, digits)))
                .extracting(InboxRow::reference).containsOnly(reference);
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, "visit-request", null, null, null))).hasSameSizeAs(all);
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, "facility-clearance", null, null, null))).isEmpty();
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, null, "JP", null, null))).isEmpty();
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, null, null, null, "100%_"))).isEmpty();
        // no reference holds a control character, and PostgreSQL cannot even be asked about a NUL
        assertThat(rows("officer.de1", new InboxFilter(InboxScope.ALL, null, null, null, digits + "\u0000"))).isEmpty();
        assertThat(inbox.count("officer.de1", new InboxFilter(InboxScope.ALL, null, null, null, "\u0000"))).isZero();

        List<InboxRow> union = new ArrayList<>();
        for (DueState state : List.of(DueState.OVERDUE, DueState.AT_RISK, DueState.ON_TIME)) {
            List<InboxRow> filtered = rows("officer.de1", new InboxFilter(InboxScope.ALL, null, null, state, null));
            assertThat(filtered).as(state.name()).allMatch(r -> inbox.dueState(r) == state);
            union.addAll(filtered);
        }
        assertThat(union).extracting(InboxRow::taskId).containsExactlyInAnyOrderElementsOf(
                all.stream().map(InboxRow::taskId).toList());
        assertThat(inbox.count("officer.de1", InboxFilter.all())).isEqualTo(all.size());

        List<java.time.Instant> dues = all.stream().map(InboxRow::due).filter(java.util.Objects::nonNull).toList();
        assertThat(dues).isSorted();
        List<InboxRow> byReferenceDesc = inbox.page("officer.de1", InboxFilter.all(), InboxSort.REFERENCE, false, 0, 500);
        assertThat(byReferenceDesc).extracting(InboxRow::reference)
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        if (all.size() >= 3) {
            List<InboxRow> pageOne = inbox.page("officer.de1", InboxFilter.all(), InboxSort.DUE, true, 0, 2);
            List<InboxRow> pageTwo = inbox.page("officer.de1", InboxFilter.all(), InboxSort.DUE, true, 2, 1);
            assertThat(pageOne).containsExactlyElementsOf(all.subList(0, 2));
            assertThat(pageTwo).containsExactly(all.get(2));
        }
    }

    @Test
    void aReadModelOutOfStepWithTheEngineIsRebuiltWithTheSameRows() {
        String reference = submitGermanVisit(context, 27, "DE-GEHEIM");
        inbox.claim("officer.de1", taskId("officer.de1", reference, "certifyClearances"));
        List<java.util.Map<String, Object>> before = jdbc.queryForList(
                "select task_id, case_reference, task_key, organisation_id, party_code, level_id, due_at, assignee"
                        + " from task_inbox order by task_id");
        List<java.util.Map<String, Object>> groupsBefore = jdbc.queryForList(
                "select task_id, group_id from task_inbox_group order by task_id, group_id");
        jdbc.update("delete from task_inbox where task_id = ?", before.get(0).get("task_id"));

        rebuild.rebuildIfOutOfStep();

        assertThat(jdbc.queryForList("select task_id, case_reference, task_key, organisation_id, party_code, level_id,"
                + " due_at, assignee from task_inbox order by task_id")).isEqualTo(before);
        assertThat(jdbc.queryForList("select task_id, group_id from task_inbox_group order by task_id, group_id"))
                .isEqualTo(groupsBefore);
    }

    @Test
    void savedFiltersBelongToTheirUserAndComeBackByName() {
        InboxFilter overdue = new InboxFilter(InboxScope.GROUPS, "visit-request", "DE", DueState.OVERDUE, "vr-2026");
        savedFilters.save("officer.de2", "Overdue here", overdue);
        savedFilters.save("officer.de2", "Overdue here", overdue.withScope(InboxScope.MINE));

        List<SavedFilter> own = savedFilters.of("officer.de2");
        assertThat(own).extracting(SavedFilter::name).containsOnlyOnce("Overdue here");
        SavedFilter saved = own.stream().filter(f -> f.name().equals("Overdue here")).findFirst().orElseThrow();
        assertThat(saved.filter()).isEqualTo(overdue.withScope(InboxScope.MINE));
        assertThat(savedFilters.of("officer.de1")).extracting(SavedFilter::name).doesNotContain("Overdue here");

        assertThatThrownBy(() -> savedFilters.save("officer.de2", "  ", overdue)).hasMessage("inbox.savedFilter.nameRequired");
        assertThatThrownBy(() -> savedFilters.save("officer.de2", "x".repeat(61), overdue)).hasMessage("inbox.savedFilter.nameTooLong");
        assertThatThrownBy(() -> savedFilters.save("officer.de2", "Over\u0000due", overdue))
                .hasMessage("validation.controlCharacters");
        assertThatThrownBy(() -> savedFilters.save("officer.de2", "Over\u001Bdue", overdue))
                .hasMessage("validation.controlCharacters");
        assertThatThrownBy(() -> savedFilters.save("officer.de2", "Overdue",
                new InboxFilter(InboxScope.ALL, null, null, null, "VR-\u0000"))).hasMessage("validation.controlCharacters");
        assertThat(savedFilters.of("officer.de2")).extracting(SavedFilter::name).containsOnlyOnce("Overdue here");

        savedFilters.delete("officer.de1", saved.id());
        assertThat(savedFilters.of("officer.de2")).extracting(SavedFilter::id).contains(saved.id());
        savedFilters.delete("officer.de2", saved.id());
        assertThat(savedFilters.of("officer.de2")).extracting(SavedFilter::id).doesNotContain(saved.id());
    }

    @Test
    void twoOfficersDecidingTheSameRequestAtOnceRecordExactlyOneDecision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String reference = submitGermanVisit(context, 30 + round, "DE-GEHEIM");
                tasks.certify(taskId("officer.de1", reference, "certifyClearances"), "officer.de1", true, null);
                String review = taskId("officer.jp1", reference, "reviewRequest");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> approve = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    tasks.decide(review, "officer.jp1", HostAuthorityDecision.APPROVE, "DE-GEHEIM", null, null, null);
                    return "officer.jp1";
                });
                Future<String> reject = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    tasks.decide(review, "officer.jp2", HostAuthorityDecision.REJECT, null, null,
                            RejectionReason.values()[0], "Not needed");
                    return "officer.jp2";
                });
                Set<String> winners = new HashSet<>();
                List<Throwable> losers = new ArrayList<>();
                for (Future<String> attempt : List.of(approve, reject)) {
                    try {
                        winners.add(attempt.get(60, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException failed) {
                        losers.add(failed.getCause());
                    }
                }
                assertThat(winners).as("round " + round).hasSize(1);
                assertThat(losers).as("round " + round).singleElement().isInstanceOf(TaskActionRefusedException.class);
                assertThat(auditLog.bySubject(reference)).filteredOn(e -> e.getAction().equals("VISIT_DECIDED")).hasSize(1);
                assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                        .taskDefinitionKey("reviewRequest").finished().count()).isEqualTo(1);
                assertThat(jdbc.queryForObject("select decided_by from visit_request where reference = ?", String.class,
                        reference)).isEqualTo(winners.iterator().next());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertRefused(Runnable action, TaskActionRefusedException.Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(TaskActionRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
