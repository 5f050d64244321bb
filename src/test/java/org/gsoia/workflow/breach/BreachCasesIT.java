package org.gsoia.workflow.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.breach.process.InvestigatorNotIndependentException;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskRuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Breach cases on PostgreSQL: bad reports refused with every problem and nothing saved; the chain from a facility's
 * report to the originator's acceptance, with need-to-know on both sides, the originator asking for more, corrective
 * actions followed to done and a lost race refused; the investigator-independence refusal; deadlines in hours right
 * across both of Germany's daylight-saving nights, and a missed target escalated by the engine's timer.
 */
@GsoiaSpringTest
class BreachCasesIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired BreachCases cases;
    @Autowired BreachTasks tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired List<org.gsoia.workflow.metrics.RegisterFigure> figures;

    private final List<String> references = new ArrayList<>();

    @AfterEach
    void removeThem() {
        references.forEach(reference -> TestBreaches.end(jdbc, runtimeService, reference));
    }

    static BreachItemData item(String levelId) {
        return new BreachItemData("防衛装備庁 装備政策部", "ATLA-2026-0112", null, LocalDate.of(2026, 1, 12), "3/5",
                BreachItem.Medium.PAPER, levelId);
    }

    static BreachReportData lossAt(String facilityId, ZonedDateTime discovered) {
        return new BreachReportData(BreachCase.EventType.LOSS, facilityId, "Friedrichshafen, Building 4, room 112",
                discovered, discovered.minusHours(20), "Folder missing from the safe at the morning check.",
                "Unknown", "Building searched; safe combination changed.", "Markus Hoffmann, +49 7541 0000",
                List.of(item("JP-GOKUHI")));
    }

    private BreachCase report(BreachReportData data, String userId) {
        BreachCase breach = cases.report(data, userId);
        references.add(breach.getReference());
        return breach;
    }

    private List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidBreachException refused) {
            return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        return List.of();
    }

    private InboxRow task(String reference, String userId, String taskKey) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(userId + " has no task " + taskKey + " in " + reference));
    }

    private int version(String reference) {
        return cases.byReference(reference).orElseThrow().getVersion();
    }

    @Test
    void aBadReportIsRefusedWithEveryProblemAndNothingIsSaved() {
        Integer before = jdbc.queryForObject("select count(*) from breach_case", Integer.class);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BERLIN));
        BreachReportData bad = new BreachReportData(null, "JP-SAKURA-NGO", " ", now.plusHours(2),
                now.plusHours(3), "Lost\u0000", null, null, "", List.of(
                new BreachItemData("", "X-1", null, now.toLocalDate().plusDays(5), null, null, "DE-GEHEIM")));
        assertThat(problems(() -> cases.report(bad, "facility.de"))).containsExactlyInAnyOrder(
                "eventType:validation.choose", "facilityId:validation.breach.unknownFacility",
                "location:validation.required", "discoveredAt:validation.breach.inFuture",
                "occurredAt:validation.breach.occurredAfterDiscovery", "circumstances:validation.controlCharacters",
                "pointOfContact:validation.required", "items[0].originator:validation.required",
                "items[0].medium:validation.choose", "items[0].levelId:validation.breach.notOriginatorLevel",
                "items[0].itemDate:validation.breach.itemDateAfterDiscovery");
        assertThat(problems(() -> cases.report(new BreachReportData(BreachCase.EventType.LOSS, null, "Bonn",
                now.minusHours(1), null, "Lost", null, null, "Me", List.of()), "facility.de")))
                .containsExactly("items:validation.breach.noItems");
        assertThatThrownBy(() -> cases.report(lossAt(null, now), "manager")).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from breach_case", Integer.class)).isEqualTo(before);
    }

    @Test
    void aFacilitysLossRunsTheChainToTheOriginatorWhoAsksForMoreAndThenAccepts() {
        ZonedDateTime discovered = ZonedDateTime.now(clock.withZone(BERLIN)).minusMinutes(20);
        BreachCase breach = report(lossAt("DE-RHEINTAL-FDH", discovered), "facility.de");
        String ref = breach.getReference();
        assertThat(ref).startsWith("BN-");
        assertThat(breach.getOrganisationId()).isEqualTo("DE-RHEINTAL");
        assertThat(breach.getAuthorityId()).isEqualTo("DE-BMWE");
        assertThat(breach.getOriginatorAuthorityId()).isEqualTo("JP-ATLA");
        assertThat(breach.getClassification()).isEqualTo(BreachCase.Classification.CONFIRMED);
        assertThat(breach.getOfficerDueAt()).isEqualTo(discovered.toInstant().plus(Duration.ofHours(1)));
        assertThat(breach.getAuthorityDueAt()).isEqualTo(discovered.toInstant().plus(Duration.ofHours(24)));

        // before the notification the originating party does not know the case at all
        assertThat(cases.find(ref, "security.jp1")).isEmpty();
        assertThat(cases.find(ref, "applicant.de")).as("another company").isEmpty();
        assertThat(cases.page("security.jp1", 0, 500)).extracting(BreachCase::getReference).doesNotContain(ref);
        assertThat(cases.page("security.de1", 0, 500)).extracting(BreachCase::getReference).contains(ref);

        assertThat(problems(() -> tasks.openCase(task(ref, "facility.de", BreachProcess.OPEN_CASE).taskId(),
                "facility.de", " "))).containsExactly("assessment:validation.required");
        tasks.openCase(task(ref, "facility.de", BreachProcess.OPEN_CASE).taskId(), "facility.de",
                "One JP GOKUHI document lost; no sign of theft.");
        BreachCase opened = cases.byReference(ref).orElseThrow();
        assertThat(opened.getStatus()).isEqualTo(BreachCase.Status.WITH_AUTHORITY);
        assertThat(opened.getOriginatorDueAt()).contains(opened.getOpenedAt().toInstant().plus(Duration.ofHours(24)));

        tasks.notifyOriginator(task(ref, "security.de1", BreachProcess.NOTIFY_ORIGINATOR).taskId(), "security.de1");
        assertThat(cases.find(ref, "security.jp1")).get().satisfies(b -> assertThat(cases.sideOf(b, "security.jp1"))
                .contains(BreachCases.Side.ORIGINATOR));
        assertThat(cases.byReference(ref).orElseThrow().getFinalReportDueOn())
                .isEqualTo(cases.today("DE").plusDays(60));

        PersonInvolved person = cases.involve(ref, version(ref), "Markus Hoffmann", "Security officer",
                "facility.de", "security.de1");
        cases.recordReply(ref, person.getId(), version(ref), "The safe was locked when I left.", "security.de1");
        int stale = version(ref);
        cases.classify(ref, stale, BreachCase.Classification.POSSIBLE, "Document may have been misfiled.",
                "security.de1");
        assertThatThrownBy(() -> cases.classify(ref, stale, BreachCase.Classification.NOT_A_BREACH, "Found",
                "security.de2")).as("a change on what someone else changed meanwhile")
                .isInstanceOf(BreachChangedException.class);
        assertThatThrownBy(() -> cases.classify(ref, version(ref), BreachCase.Classification.CONFIRMED, "x",
                "security.jp1")).as("the originator reads, it does not classify")
                .isInstanceOf(AccessDeniedException.class);

        // knock-on (R-BR-07): a review of the facility's clearance, its open visits flagged for the host authority
        Integer openVisits = jdbc.queryForObject("select count(*) from visit_request where host_facility_id ="
                + " 'DE-RHEINTAL-FDH' and status not in ('REJECTED', 'CANCELLED', 'COMPLETED', 'EXPIRED',"
                + " 'APPROVAL_WITHDRAWN')", Integer.class);
        assertThat(openVisits).as("the demo's Japanese visits are hosted there").isPositive();
        assertThat(problems(() -> cases.requestClearanceReview(ref, version(ref), null, " ", "security.de1")))
                .containsExactly("reviewReason:validation.required");
        cases.requestClearanceReview(ref, version(ref), null, "Registry of the facility lost a document",
                "security.de1");
        assertThat(jdbc.queryForObject("select count(*) from visit_request where breach_reference = ?",
                Integer.class, ref)).isEqualTo(openVisits);
        tasks.recordClearanceReview(task(ref, "security.de2", BreachProcess.REVIEW_CLEARANCE).taskId(),
                "security.de2", "Clearance kept; registry procedures corrected.");
        assertThat(cases.byReference(ref).orElseThrow().getEntries()).filteredOn(e -> e.getKind()
                == BreachEntry.Kind.CLEARANCE_REVIEW).singleElement().satisfies(e -> {
                    assertThat(e.getSubject()).isEqualTo("DE-RHEINTAL-FDH");
                    assertThat(e.getOutcome()).startsWith("Clearance kept");
                });

        tasks.assessDamage(task(ref, "security.jp1", BreachProcess.ASSESS_DAMAGE).taskId(), "security.jp1",
                "Limited: programme schedule only.");
        tasks.investigate(task(ref, "security.de2", BreachProcess.INVESTIGATE).taskId(), "security.de2",
                new Investigation("Misfiled during the move of the registry.", "Registry move without a checklist",
                        BreachCase.Likelihood.LOW, BreachCase.Referral.NONE, "ignored", null));
        assertThat(cases.byReference(ref).orElseThrow().getReferralTo()).as("no referral, no agency").isNull();
        cases.addAction(ref, version(ref), "Checklist for registry moves", "Registry, DE-RHEINTAL",
                cases.today("DE").plusDays(30), "security.de1");
        tasks.writeFinalReport(task(ref, "security.de1", BreachProcess.FINAL_REPORT).taskId(), "security.de1",
                BreachCase.Outcome.ITEM_RECOVERED, "Found in the registry's transfer box.");
        assertThat(problems(() -> tasks.review(task(ref, "security.jp1", BreachProcess.REVIEW).taskId(),
                "security.jp1", false, null))).containsExactly("reviewComment:validation.required");
        tasks.review(task(ref, "security.jp1", BreachProcess.REVIEW).taskId(), "security.jp1", false,
                "Who had access during the move?");
        assertThat(cases.byReference(ref).orElseThrow().getStatus()).isEqualTo(BreachCase.Status.INVESTIGATING);

        tasks.investigate(task(ref, "security.de2", BreachProcess.INVESTIGATE).taskId(), "security.de2",
                new Investigation("Two cleared registry clerks only.", "Registry move without a checklist",
                        BreachCase.Likelihood.NONE, BreachCase.Referral.NONE, null, null));
        tasks.writeFinalReport(task(ref, "security.de1", BreachProcess.FINAL_REPORT).taskId(), "security.de1",
                BreachCase.Outcome.ITEM_RECOVERED, "Found; access limited to two cleared clerks.");
        tasks.review(task(ref, "security.jp1", BreachProcess.REVIEW).taskId(), "security.jp1", true, null);

        BreachCase closed = cases.byReference(ref).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(BreachCase.Status.CLOSED);
        assertThat(closed.getEntries()).extracting(BreachEntry::getKind).containsExactly(BreachEntry.Kind.CLASSIFIED,
                BreachEntry.Kind.CLEARANCE_REVIEW);
        InboxRow followUp = task(ref, "security.de1", BreachProcess.FOLLOW_UP);
        assertThat(problems(() -> tasks.confirmActionsDone(followUp.taskId(), "security.de1")))
                .containsExactly("actions:validation.breach.actionsOpen");
        cases.markActionDone(ref, closed.getActions().get(0).getId(), version(ref), "Checklist issued", "security.de1");
        tasks.confirmActionsDone(task(ref, "security.de1", BreachProcess.FOLLOW_UP).taskId(), "security.de1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
    }

    @Test
    void neitherTheReporterNorAPersonInvolvedCanInvestigate() {
        ZonedDateTime discovered = ZonedDateTime.now(clock.withZone(BERLIN)).minusMinutes(5);
        BreachCase breach = report(new BreachReportData(BreachCase.EventType.SUSPECTED_BREACH, null,
                "BMWE, Referat VIB2, Berlin", discovered, null, "Door of the registry found open.", null, null,
                "Sabine Krause", List.of(item("JP-HI"))), "security.de2");
        String ref = breach.getReference();
        assertThat(breach.getOrganisationId()).isEqualTo("DE-BMWE");
        // at the authority itself, its own officers open the case
        tasks.openCase(task(ref, "security.de1", BreachProcess.OPEN_CASE).taskId(), "security.de1", "Door open.");
        tasks.notifyOriginator(task(ref, "security.de1", BreachProcess.NOTIFY_ORIGINATOR).taskId(), "security.de1");

        String investigation = task(ref, "security.de2", BreachProcess.INVESTIGATE).taskId();
        assertThatThrownBy(() -> tasks.investigate(investigation, "security.de2", new Investigation("x", "y",
                BreachCase.Likelihood.NONE, BreachCase.Referral.NONE, null, null)))
                .as("the reporter").matches(thrown -> TaskRuleViolation.findIn(thrown)
                        .filter(InvestigatorNotIndependentException.class::isInstance).isPresent());
        cases.involve(ref, version(ref), "Sabine Krause", "Registry officer", "security.de1", "security.de1");
        assertThatThrownBy(() -> tasks.investigate(investigation, "security.de1", new Investigation("x", "y",
                BreachCase.Likelihood.NONE, BreachCase.Referral.NONE, null, null)))
                .as("a person named as involved").matches(thrown -> TaskRuleViolation.findIn(thrown)
                        .filter(InvestigatorNotIndependentException.class::isInstance).isPresent());
        assertThat(taskService.createTaskQuery().taskId(investigation).singleResult().getAssignee())
                .as("the refused claim is rolled back").isNull();
        assertThat(cases.byReference(ref).orElseThrow().getInvestigatedAt()).isNull();
    }

    @Test
    void deadlinesInHoursAreInstantsAcrossBothDaylightSavingNights() {
        // 25 October 2026, 01:30 CEST: an hour later the clocks go back from 03:00 CEST to 02:00 CET
        ZonedDateTime autumn = BreachCases.inZone(LocalDateTime.of(2026, 10, 25, 1, 30), BERLIN).orElseThrow();
        BreachCase breach = report(lossAt("DE-RHEINTAL-FDH", autumn), "facility.de");
        assertThat(breach.getOfficerDueAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(breach.getAuthorityDueAt()).isEqualTo(Instant.parse("2026-10-25T23:30:00Z"));
        assertThat(breach.getAuthorityDueAt().atZone(BERLIN).toLocalDateTime())
                .as("24 hours after 01:30 CEST is 00:30 CET the next day, not 01:30")
                .isEqualTo(LocalDateTime.of(2026, 10, 26, 0, 30));
        assertThat(breach.getAuthorityDueAt().atZone(TOKYO).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 10, 26, 8, 30));
        assertThat(cases.byReference(breach.getReference()).orElseThrow().discovery())
                .as("stored with its zone").isEqualTo(autumn);
        String processId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(breach.getReference()).singleResult().getId();
        assertThat(managementService.createJobQuery().processInstanceId(processId).activityId("authorityTargetMissed")
                .list()).extracting(Job::getDuedate).allMatch(d -> d.toInstant().equals(breach.getAuthorityDueAt()));

        // 29 March 2026, 01:30 CET: the clocks jump from 02:00 to 03:00, one hour later is 03:30 CEST
        ZonedDateTime spring = BreachCases.inZone(LocalDateTime.of(2026, 3, 29, 1, 30), BERLIN).orElseThrow();
        BreachCase springCase = report(lossAt("DE-RHEINTAL-FDH", spring), "facility.de");
        assertThat(springCase.getOfficerDueAt().atZone(BERLIN).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(BreachCases.inZone(LocalDateTime.of(2026, 3, 29, 2, 30), BERLIN))
                .as("02:30 did not exist in Berlin that night").isEmpty();

        // both targets are long past: the engine's timers escalate to the authority's group (no head configured)
        awaitEscalations(breach.getReference(), 2);
        BreachCase escalated = cases.byReference(breach.getReference()).orElseThrow();
        assertThat(escalated.getEscalations()).extracting(BreachEscalation::getStep)
                .containsExactlyInAnyOrder(BreachEscalation.Step.OFFICER, BreachEscalation.Step.AUTHORITY);
        assertThat(escalated.getEscalations()).extracting(BreachEscalation::getEscalatedTo).containsOnly("dsa-de-bmwe");
        assertThat(tasks.openTasksOf(breach.getReference(), "security.de1")).extracting(InboxRow::taskKey)
                .as("the overdue officer's task is offered to the authority").contains(BreachProcess.OPEN_CASE);
    }

    @Test
    void theDashboardCountsACaseNeverOpenedAsAMissedTargetAndItsOpenInvestigations() {
        org.gsoia.workflow.metrics.RegisterFigure officerTarget = figures.stream()
                .filter(f -> f.labelKey().equals("metrics.register.breachOfficerTargetMet")).findFirst().orElseThrow();
        org.gsoia.workflow.metrics.RegisterFigure open = figures.stream()
                .filter(f -> f.labelKey().equals("metrics.register.breachInvestigationsOpen")).findFirst().orElseThrow();
        long sharedBefore = officerTarget.count(java.util.Optional.of("DE"));
        long openBefore = open.count(java.util.Optional.of("DE"));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BERLIN));
        report(lossAt("DE-RHEINTAL-FDH", now.minusHours(3)), "facility.de");
        long sharedAfter = officerTarget.count(java.util.Optional.of("DE"));
        assertThat(sharedAfter).as("a case past its target and not opened missed it").isLessThan(
                sharedBefore < 0 ? 101 : sharedBefore).isGreaterThanOrEqualTo(0);

        BreachCase opened = report(lossAt("DE-RHEINTAL-FDH", now.minusMinutes(3)), "facility.de");
        tasks.openCase(task(opened.getReference(), "facility.de", BreachProcess.OPEN_CASE).taskId(), "facility.de",
                "x");
        tasks.notifyOriginator(task(opened.getReference(), "security.de1", BreachProcess.NOTIFY_ORIGINATOR).taskId(),
                "security.de1");
        assertThat(open.count(java.util.Optional.of("DE"))).isEqualTo(openBefore + 1);
        assertThat(open.count(java.util.Optional.of("JP"))).as("by party").isEqualTo(
                open.count(java.util.Optional.empty()) - openBefore - 1);
    }

    private void awaitEscalations(String reference, int expected) {
        long until = System.currentTimeMillis() + 30_000;
        while (cases.byReference(reference).orElseThrow().getEscalations().size() < expected) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no " + expected + " escalations of " + reference + " within 30 s");
            }
            TestBreaches.fireDueJobs(runtimeService, managementService, reference);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
