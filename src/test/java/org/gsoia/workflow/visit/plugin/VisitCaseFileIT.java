package org.gsoia.workflow.visit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFiles;
import org.gsoia.workflow.casefile.DiagramState;
import org.gsoia.workflow.casefile.TimelineEntry;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A fresh visit request driven through a few steps, seen in its case file: the timeline (engine history and audit
 * trail merged, in order, with who did what) and the diagram's state (what is completed, what waits, which flows
 * were taken and which were not).
 */
@GsoiaSpringTest
class VisitCaseFileIT {

    @Autowired ApplicationContext context;
    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired CaseFiles caseFiles;
    @Autowired RuntimeService runtimeService;

    private final Translations translations = new Translations();

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    private static int indexOf(List<TimelineEntry> entries, String text, String actor) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).text().equals(text) && (actor == null || entries.get(i).actor().equals(actor))) {
                return i;
            }
        }
        throw new AssertionError("no entry '" + text + "' by " + actor + " in " + entries);
    }

    @Test
    void theTimelineMergesEngineHistoryAndAuditEventsInOrderWithWhoDidWhat() {
        String reference = submitGermanVisit(context, 12, "DE-VSV");
        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        tasks.decide(task(reference, "officer.jp1", "reviewRequest"), "officer.jp1", HostAuthorityDecision.APPROVE,
                null, null, null, null);

        List<TimelineEntry> timeline = caseFiles.timeline(reference, "applicant.de", Locale.ENGLISH);
        String anna = "Anna Becker";
        String thomas = "Thomas Wagner";
        String ken = "田中 健 (Tanaka Ken)"; // a Japanese name, romanised for a reader who is not Japanese
        int started = indexOf(timeline, "Procedure started", anna);
        int submitted = indexOf(timeline, "Submitted visit request", anna);
        String certify = translations.getTranslation("visit.task.certifyClearances", Locale.ENGLISH);
        String review = translations.getTranslation("visit.task.reviewRequest", Locale.ENGLISH);
        String acknowledge = translations.getTranslation("visit.task.acknowledgeNotice", Locale.ENGLISH);
        int certificationOpened = indexOf(timeline, "Task opened: " + certify, null);
        int certified = indexOf(timeline, "Task completed: " + certify, thomas);
        int certifiedAudit = indexOf(timeline, "Certified clearances", thomas);
        int reviewOpened = indexOf(timeline, "Task opened: " + review, null);
        int reviewed = indexOf(timeline, "Task completed: " + review, ken);
        int decided = indexOf(timeline, "Decided on request", ken);
        int noticeOpened = indexOf(timeline, "Task opened: " + acknowledge, null);

        assertThat(timeline.get(certificationOpened).detail()).isEqualTo("for Competent security authority of Germany");
        assertThat(timeline.get(reviewOpened).detail()).isEqualTo("for Competent security authority of Japan");
        assertThat(timeline.get(noticeOpened).detail()).isEqualTo("for Minato Heavy Industries Ltd.");
        // who decided is in everyone's timeline; what and why only in the authorities' (the others read the decision
        // in its section once it is out)
        assertThat(timeline.get(decided).detail()).isEmpty();
        List<TimelineEntry> asOfficer = caseFiles.timeline(reference, "officer.de1", Locale.ENGLISH);
        assertThat(asOfficer.get(indexOf(asOfficer, "Decided on request", ken)).detail())
                .isEqualTo(translations.getTranslation("visit.decision.APPROVE", Locale.ENGLISH));
        assertThat(timeline.get(submitted).detail()).isEqualTo(translations.getTranslation("visit.type.ONE_TIME", Locale.ENGLISH));
        assertThat(started).isLessThan(certificationOpened);
        assertThat(submitted).isLessThan(certified);
        assertThat(certificationOpened).isLessThan(certified);
        assertThat(certified).isLessThan(reviewOpened);
        assertThat(certifiedAudit).isLessThan(reviewed);
        assertThat(reviewOpened).isLessThan(reviewed);
        assertThat(reviewed).isLessThan(noticeOpened);
        assertThat(timeline).extracting(TimelineEntry::at).isSorted();
        assertThat(timeline).noneMatch(e -> e.text().equals("Procedure ended"));

        List<TimelineEntry> japanese = caseFiles.timeline(reference, "officer.jp1", Locale.JAPANESE);
        indexOf(japanese, "タスク完了：" + translations.getTranslation("visit.task.reviewRequest", Locale.JAPANESE),
                "田中 健");
    }

    @Test
    void aFirstDecisionAwaitingItsSecondOfficerIsTheAuthoritiesBusiness() {
        LocalDate start = context.getBean(LeadTimes.class).earliestVisitDate(
                context.getBean(org.gsoia.workflow.agreement.Agreements.class).currentId(), "DE", VisitType.ONE_TIME)
                .plusDays(15);
        String reference = context.getBean(VisitRequests.class).submit(
                VisitSamples.japaneseVisitToGermany(VisitType.ONE_TIME, start, "JP-GOKUHI"), "applicant.jp")
                .getReference();
        tasks.certify(task(reference, "officer.jp1", "certifyClearances"), "officer.jp1", true, null);
        tasks.decide(task(reference, "officer.de1", "reviewRequest"), "officer.de1",
                HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "JP-GOKUHI", "Only the test hall", null, "Test hall only");
        task(reference, "officer.de2", "confirmDecision"); // the second officer's turn: the decision is not out

        String decisionTitle = translations.getTranslation("visit.decision", Locale.ENGLISH);
        assertThat(caseFiles.open(reference, "applicant.jp", Locale.ENGLISH).orElseThrow().content().sections())
                .extracting(CaseFileContent.Section::title).doesNotContain(decisionTitle);
        assertThat(caseFiles.open(reference, "officer.de2", Locale.ENGLISH).orElseThrow().content().sections())
                .extracting(CaseFileContent.Section::title).contains(decisionTitle);
        assertThat(caseFiles.timeline(reference, "applicant.jp", Locale.ENGLISH))
                .filteredOn(e -> e.text().equals("Decided on request")).singleElement()
                .extracting(TimelineEntry::detail).isEqualTo("");
        assertThat(caseFiles.timeline(reference, "officer.de2", Locale.ENGLISH))
                .filteredOn(e -> e.text().equals("Decided on request")).singleElement()
                .extracting(TimelineEntry::detail).asString().contains("Approved with conditions")
                // the conditions are the decision's text: in the decision section, never in the audit trail
                .doesNotContain("Test hall only");
    }

    @Test
    void theDiagramMarksThePathOfACaseInReview() {
        String reference = submitGermanVisit(context, 12, "DE-VSV");
        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);

        DiagramState state = caseFiles.diagram(reference, "officer.jp1").orElseThrow();
        assertThat(state.bpmnXml()).contains("id=\"reviewRequest\"").contains("bpmndi:BPMNDiagram");
        assertThat(state.active()).containsExactly("reviewRequest");
        assertThat(state.completed()).contains("submitted", "intakeJoin", "checkIntake", "intakeOutcome", "caseJoin",
                "caseOpened", "markInCertification", "certifyClearances", "certificationOutcome", "reviewJoin", "markInReview")
                .doesNotContain("reviewRequest", "visitCase", "correctRequest", "returnedBySendingAuthority");
        assertThat(state.taken()).containsExactlyInAnyOrder("submittedToIntakeJoin", "intakeJoinToCheckIntake",
                "checkIntakeToIntakeOutcome", "intakeOutcomeToCaseJoin", "caseJoinToVisitCase",
                "caseOpenedToMarkInCertification", "markInCertificationToVisitorsToCertify", "visitorsToCertifyYes",
                "certifyClearancesToCertificationOutcome", "certificationOutcomeToReviewJoin", "reviewJoinToMarkInReview",
                "markInReviewToReviewRequest");
        assertThat(state.incidents()).isEmpty();
    }

    @Test
    void anOpenIncidentIsFlaggedOnItsActivityUntilItIsResolved() {
        String reference = submitGermanVisit(context, 12, "DE-VSV");
        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        String execution = runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
                .activityId("reviewRequest").list().get(0).getId();
        Incident incident = runtimeService.createIncident("caseFileCheck", execution, "test", "Mail gateway unreachable");

        assertThat(caseFiles.diagram(reference, "officer.jp1").orElseThrow().incidents()).containsExactly("reviewRequest");
        runtimeService.resolveIncident(incident.getId());
        assertThat(caseFiles.diagram(reference, "officer.jp1").orElseThrow().incidents()).isEmpty();
    }

    @Test
    void theDiagramFollowsAReturnAndTheCorrectionLoop() {
        String reference = submitGermanVisit(context, 12, "DE-VSV");
        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", false,
                "Clearance certificate of the second visitor is missing.");

        DiagramState returned = caseFiles.diagram(reference, "applicant.de").orElseThrow();
        assertThat(returned.active()).containsExactly("correctRequest");
        assertThat(returned.taken()).contains("certificationOutcomeToReturnedBySendingAuthority",
                "returnedToApplicantToCorrectionJoin", "correctionJoinToMarkReturned", "markReturnedToCorrectRequest")
                .doesNotContain("intakeOutcomeToCorrectionJoin", "certificationOutcomeToReviewJoin", "correctRequestToIntakeJoin");

        VisitRequest request = visitRequests.find(reference, "applicant.de").orElseThrow();
        tasks.correct(task(reference, "applicant.de", "correctRequest"), "applicant.de", request.toData());

        DiagramState corrected = caseFiles.diagram(reference, "applicant.de").orElseThrow();
        assertThat(corrected.active()).containsExactly("certifyClearances");
        assertThat(corrected.completed()).contains("correctRequest", "markReturned", "returnedBySendingAuthority");
        assertThat(corrected.taken()).contains("correctRequestToIntakeJoin", "submittedToIntakeJoin",
                "returnedToApplicantToCorrectionJoin").doesNotContain("intakeOutcomeToCorrectionJoin");
    }
}
