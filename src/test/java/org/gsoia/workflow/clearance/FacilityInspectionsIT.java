package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.InboxRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Inspections on PostgreSQL (R-FC-07): BMWE plans one for a German facility (bad input first), the task opens with
 * the window, findings with corrective actions are recorded, the result plans the next periodic inspection two years
 * later, and the follow-up is refused until every action is done. Japan's authority and the facility's people read
 * only what is theirs.
 */
@GsoiaSpringTest
class FacilityInspectionsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired FacilityInspections inspections;
    @Autowired InspectionTasks tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final List<String> facilities = new ArrayList<>();

    @AfterEach
    void removeThem() {
        for (String facility : facilities) {
            for (String reference : jdbc.queryForList("select reference from fsc_inspection where facility_id = ?",
                    String.class, facility)) {
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
            }
            jdbc.update("delete from fsc_inspection_finding where inspection_id in"
                    + " (select id from fsc_inspection where facility_id = ?)", facility);
            jdbc.update("delete from fsc_inspection where facility_id = ?", facility);
            TestFacilities.remove(jdbc, facility);
        }
    }

    private List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidAssuranceRequestException refused) {
            return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        return List.of();
    }

    @Test
    void planInspectFollowUpAndTheNextOneIsPlanned() {
        String facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(3));
        facilities.add(facility);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        assertThat(problems(() -> inspections.plan(facility, null, today.minusDays(1), "security.de1")))
                .containsExactlyInAnyOrder("kind:validation.required", "dueOn:validation.inspection.dueInPast");
        assertThatThrownBy(() -> inspections.plan(facility, FacilityInspection.Kind.INITIAL, today.plusDays(60),
                "security.jp1")).as("Japan does not inspect German facilities").isInstanceOf(AccessDeniedException.class);
        FacilityInspection planned = inspections.plan(facility, FacilityInspection.Kind.INITIAL, today.plusDays(60),
                "security.de1");
        assertThat(problems(() -> inspections.plan(facility, FacilityInspection.Kind.PERIODIC, today.plusDays(20),
                "security.de2"))).containsExactly("dueOn:validation.inspection.alreadyPlanned");
        String reference = planned.getReference();
        assertThat(reference).startsWith("IN-");
        var timer = managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId()).timers().singleResult();
        assertThat(timer.getDuedate().toInstant().atZone(BERLIN).toLocalDate()).as("30 days before the due date")
                .isEqualTo(today.plusDays(60).minusDays(30));

        TestFacilities.openInspectionWindow(reference, runtimeService, managementService, taskService);
        List<InboxRow> open = tasks.openTasksOf(reference, "security.de2");
        assertThat(open).extracting(InboxRow::taskKey).containsExactly(InspectionProcess.CARRY_OUT);
        int version = inspections.find(reference, "security.de1").orElseThrow().getVersion();
        assertThat(problems(() -> inspections.addFinding(reference, version, new InspectionFindingData(" ", null,
                "Schrank\u0000", "x".repeat(201), today.minusDays(1)), "security.de1"))).containsExactlyInAnyOrder(
                "description:validation.required", "severity:validation.required",
                "action:validation.controlCharacters", "owner:validation.tooLong",
                "actionDueOn:validation.inspection.dueInPast");
        inspections.addFinding(reference, version, new InspectionFindingData("VS-Verwahrgelass ohne Zulassung",
                InspectionFinding.Severity.MAJOR, "Zugelassenen Schrank beschaffen", "Karin Albers, SiBe",
                today.plusDays(30)), "security.de1");
        assertThatThrownBy(() -> inspections.addFinding(reference, version, new InspectionFindingData("Zweite",
                InspectionFinding.Severity.MINOR, "Schulung", "Jonas Albrecht", today.plusDays(30)), "security.de1"))
                .as("based on the version before the first finding").isInstanceOf(AssuranceRequestChangedException.class);

        assertThat(problems(() -> tasks.recordResult(open.get(0).taskId(), "security.de2", today.plusDays(1), " ",
                FacilityInspection.Outcome.DEFICIENCIES, null))).containsExactlyInAnyOrder(
                "inspectedOn:validation.inspection.inFuture", "inspector:validation.required",
                "summary:validation.required");
        tasks.recordResult(open.get(0).taskId(), "security.de2", today, "Dr. Petra Lang (BMWE)",
                FacilityInspection.Outcome.DEFICIENCIES, "Verwahrgelass nicht zugelassen.");
        FacilityInspection recorded = inspections.find(reference, "security.de1").orElseThrow();
        assertThat(recorded.getStatus()).isEqualTo(FacilityInspection.Status.FOLLOW_UP);
        List<FacilityInspection> all = inspections.ofFacility(facility, "security.de1");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).getKind()).isEqualTo(FacilityInspection.Kind.PERIODIC);
        assertThat(all.get(0).getDueOn()).as("the agreement's interval (two years)").isEqualTo(today.plusYears(2));

        InboxRow followUp = tasks.openTasksOf(reference, "security.de1").get(0);
        assertThat(followUp.taskKey()).isEqualTo(InspectionProcess.FOLLOW_UP);
        assertThat(problems(() -> tasks.confirmActionsDone(followUp.taskId(), "security.de1")))
                .containsExactly("actions:validation.inspection.actionsOpen");
        Long findingId = recorded.getFindings().get(0).getId();
        inspections.markActionDone(reference, findingId, recorded.getVersion(), "Schrank Klasse 2 aufgestellt.",
                "security.de1");
        tasks.confirmActionsDone(followUp.taskId(), "security.de1");
        FacilityInspection done = inspections.find(reference, "security.de1").orElseThrow();
        assertThat(done.getStatus()).isEqualTo(FacilityInspection.Status.DONE);
        assertThat(done.getFindings().get(0).getDoneBy()).isEqualTo("security.de1");

        assertThat(inspections.find(reference, "applicant.de")).as("Nordwerk reads its inspection").isPresent();
        assertThat(inspections.find(reference, "security.jp1")).as("Japan does not").isEmpty();
        assertThat(inspections.ofFacility(facility, "applicant.jp")).isEmpty();

        FacilityInspection next = all.get(0);
        assertThat(problems(() -> inspections.cancel(next.getReference(), next.getVersion(), " ", "security.de1")))
                .containsExactly("cancelReason:validation.required");
        inspections.cancel(next.getReference(), next.getVersion(), "Betriebsstätte wird geschlossen.", "security.de1");
        assertThat(inspections.find(next.getReference(), "security.de1").orElseThrow().getStatus())
                .isEqualTo(FacilityInspection.Status.CANCELLED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(next.getReference())
                .count()).as("its timer is gone").isZero();
        assertThat(inspections.plan(facility, FacilityInspection.Kind.PERIODIC, today.plusMonths(3), "security.de2")
                .getStatus()).as("a new one can be planned").isEqualTo(FacilityInspection.Status.PLANNED);
    }
}
