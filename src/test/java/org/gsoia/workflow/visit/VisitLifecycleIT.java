package org.gsoia.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.audit.AuditEvent;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.ProcessVariable;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.FourEyesViolationException;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole visit-request procedure through the services, on PostgreSQL, as the demo users would run it. */
@GsoiaSpringTest
class VisitLifecycleIT {

    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;

    private VisitRequestData secretVisitToJapan(int daysAfterEarliest) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME)
                .plusDays(daysAfterEarliest);
        return VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-GEHEIM");
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    private VisitStatus status(String reference) {
        return VisitStatus.valueOf(jdbc.queryForObject("select status from visit_request where reference = ?",
                String.class, reference));
    }

    @Test
    void aSecretVisitRunsFromSubmissionToTheHostFacilitysAcknowledgementWithFourEyes() {
        String reference = visitRequests.submit(secretVisitToJapan(10), "applicant.de").getReference();
        assertThat(reference).matches("VR-\\d{4}-\\d{6}");
        assertThat(status(reference)).isEqualTo(VisitStatus.IN_CERTIFICATION);
        assertThat(tasks.openTasksOf(reference, "officer.jp1")).as("the host authority waits for the certification").isEmpty();

        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        assertThat(status(reference)).isEqualTo(VisitStatus.IN_REVIEW);

        tasks.decide(task(reference, "officer.jp1", "reviewRequest"), "officer.jp1", HostAuthorityDecision.APPROVE,
                "DE-GEHEIM", null, null, null);
        assertThat(status(reference)).isEqualTo(VisitStatus.AWAITING_CONFIRMATION);

        String confirmation = task(reference, "officer.jp1", "confirmDecision");
        assertThatThrownBy(() -> tasks.confirm(confirmation, "officer.jp1", true, null))
                .isInstanceOf(FourEyesViolationException.class);
        assertThat(status(reference)).isEqualTo(VisitStatus.AWAITING_CONFIRMATION);
        // the claim made for the refused completion (same engine command) went back with it, in the engine and inbox
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where ID_ = ? and ASSIGNEE_ is null",
                Integer.class, confirmation)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from task_inbox where task_id = ? and assignee is null",
                Integer.class, confirmation)).isOne();

        tasks.confirm(task(reference, "officer.jp2", "confirmDecision"), "officer.jp2", true, null);
        assertThat(status(reference)).isEqualTo(VisitStatus.AWAITING_ACKNOWLEDGEMENT);
        assertThat(tasks.openTasksOf(reference, "facility.de")).as("not the host facility").isEmpty();

        tasks.acknowledge(task(reference, "facility.jp", "acknowledgeNotice"), "facility.jp");
        assertThat(status(reference)).isEqualTo(VisitStatus.APPROVED);

        var row = jdbc.queryForMap("select decision, decided_by, confirmed_by, releasable_level_id from visit_request where reference = ?", reference);
        assertThat(row).containsEntry("decision", "APPROVE").containsEntry("decided_by", "officer.jp1")
                .containsEntry("confirmed_by", "officer.jp2").containsEntry("releasable_level_id", "DE-GEHEIM");
        assertThat(jdbc.queryForObject("select count(*) from visit_visitor v join visit_request r on r.id = v.visit_request_id "
                + "where r.reference = ? and not v.certified", Integer.class, reference)).isZero();

        String processInstanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        List<String> doneBy = historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .finished().orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricTaskInstance::getAssignee).toList();
        assertThat(doneBy).containsExactly("officer.de1", "officer.jp1", "officer.jp2", "facility.jp");
        assertThat(jdbc.queryForObject("select count(*) from task_inbox where case_reference = ?", Integer.class,
                reference)).as("the completed tasks left the inbox with their groups").isZero();
        assertThat(jdbc.queryForObject("select count(*) from task_inbox_group g where not exists "
                + "(select 1 from task_inbox t where t.task_id = g.task_id)", Integer.class)).isZero();
        assertThat(auditLog.bySubject(reference)).extracting(AuditEvent::getAction).containsExactly(
                "VISIT_SUBMITTED", "VISIT_CERTIFIED", "VISIT_DECIDED", "VISIT_DECISION_CONFIRMED",
                "VISIT_NOTICE_ACKNOWLEDGED");
    }

    @Test
    void aFailedSubmitLeavesNoHalfSavedRequest() {
        int before = jdbc.queryForObject("select count(*) from visit_request", Integer.class);
        VisitRequestData tooEarly = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, LocalDate.now().plusDays(1), "DE-VSV");
        assertThatThrownBy(() -> visitRequests.submit(tooEarly, "applicant.de"))
                .isInstanceOf(InvalidVisitRequestException.class);

        // a failure after the rows were written (the process cannot start) rolls everything back
        repositoryService.suspendProcessDefinitionByKey(VisitProcess.PROCESS_KEY);
        try {
            assertThatThrownBy(() -> visitRequests.submit(secretVisitToJapan(12), "applicant.de"))
                    .isNotInstanceOf(InvalidVisitRequestException.class);
        } finally {
            repositoryService.activateProcessDefinitionByKey(VisitProcess.PROCESS_KEY);
        }
        assertThat(jdbc.queryForObject("select count(*) from visit_request", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from visit_visitor v left join visit_request r "
                + "on r.id = v.visit_request_id where r.id is null", Integer.class)).isZero();
    }

    @Test
    void eachPartySeesOnlyWhatItNeedsToKnow() {
        String reference = visitRequests.submit(secretVisitToJapan(14), "applicant.de").getReference();
        assertThat(visitRequests.find(reference, "applicant.de")).isPresent();
        assertThat(visitRequests.find(reference, "officer.de2")).isPresent();
        assertThat(visitRequests.find(reference, "officer.jp2")).isPresent();
        assertThat(visitRequests.find(reference, "facility.jp")).as("host facility").isPresent();
        assertThat(visitRequests.find(reference, "applicant.jp")).as("another organisation").isEmpty();
        assertThat(visitRequests.find(reference, "facility.de")).as("not the host").isEmpty();
        assertThat(visitRequests.find(reference, "manager")).as("managers see aggregates only").isEmpty();
        assertThat(TestVisits.requestsOf(visitRequests, "applicant.jp")).extracting(VisitRequest::getReference)
                .doesNotContain(reference);
        assertThatThrownBy(() -> visitRequests.cancel(reference, "crafted", "applicant.jp", null))
                .isInstanceOf(VisitRequestNotFoundException.class);
    }

    @Test
    void anAmendmentReCertifiesOnlyTheNewVisitor() {
        VisitRequestData data = secretVisitToJapan(16);
        String reference = visitRequests.submit(data, "applicant.de").getReference();
        tasks.certify(task(reference, "officer.de2", "certifyClearances"), "officer.de2", true, null);
        assertThat(status(reference)).isEqualTo(VisitStatus.IN_REVIEW);

        List<VisitorData> visitors = new ArrayList<>(data.visitors());
        visitors.add(new VisitorData("Lena Brandt", "BRANDT", "LENA", LocalDate.of(1988, 1, 9), "Kiel", "DEU",
                "C03Z55P21", "Test engineer", "Nordwerk Systemtechnik GmbH", "DE-GEHEIM", "BMWE",
                data.endDate().plusYears(1), true));
        visitRequests.amend(reference, new VisitRequestData(data.type(), data.requestingFacilityId(),
                data.hostFacilityId(), data.programmeReference(), data.purpose(), data.startDate(), data.endDate(),
                data.levelId(), data.handCarry(), null, null, data.sites(), visitors), "applicant.de", null);

        assertThat(status(reference)).isEqualTo(VisitStatus.IN_CERTIFICATION);
        assertThat(jdbc.queryForList("select v.passport_number from visit_visitor v join visit_request r "
                + "on r.id = v.visit_request_id where r.reference = ? and not v.certified", String.class, reference))
                .containsExactly("C03Z55P21");
    }

    @Test
    void theDemoDataShowsEveryStateOfTheProcedure() {
        assertThat(jdbc.queryForList("select distinct status from visit_request", String.class)).contains(
                "IN_CERTIFICATION", "CORRECTION_NEEDED", "IN_REVIEW", "INFORMATION_REQUESTED", "AWAITING_CONFIRMATION",
                "AWAITING_ACKNOWLEDGEMENT", "APPROVED", "REJECTED", "EXPIRED");
        assertThat(jdbc.queryForObject("select count(*) from visit_request where escalated and status = 'IN_REVIEW'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from visit_request where visit_type = 'EMERGENCY'",
                Integer.class)).isPositive();
    }

    @Test
    void aQuestionGoesToTheApplicantAndAReturnedRequestIsCorrectedAndResubmitted() {
        VisitRequestData data = secretVisitToJapan(18);
        String reference = visitRequests.submit(data, "applicant.de").getReference();
        tasks.certify(task(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        LocalDate due = jdbc.queryForObject("select decision_due_date from visit_request where reference = ?",
                LocalDate.class, reference);

        tasks.decide(task(reference, "officer.jp1", "reviewRequest"), "officer.jp1",
                HostAuthorityDecision.REQUEST_INFORMATION, null, null, null, "Which contract covers the visit?");
        assertThat(status(reference)).isEqualTo(VisitStatus.INFORMATION_REQUESTED);
        assertThat(tasks.openTasksOf(reference, "applicant.jp")).as("another organisation's applicant").isEmpty();
        tasks.provideInformation(task(reference, "applicant.de", "provideInformation"), "applicant.de", data,
                "Contract JP-DE SAR-2026/114, annex 3.");
        assertThat(status(reference)).isEqualTo(VisitStatus.IN_REVIEW);
        assertThat(jdbc.queryForObject("select decision_due_date from visit_request where reference = ?",
                LocalDate.class, reference)).as("answered the same day: no working day paused").isEqualTo(due);

        tasks.decide(task(reference, "officer.jp2", "reviewRequest"), "officer.jp2", HostAuthorityDecision.RETURN,
                null, null, null, "Add the site's point of contact for building 7.");
        assertThat(status(reference)).isEqualTo(VisitStatus.CORRECTION_NEEDED);
        tasks.correct(task(reference, "applicant.de", "correctRequest"), "applicant.de", data);
        assertThat(status(reference)).isEqualTo(VisitStatus.IN_CERTIFICATION);
    }

    /**
     * What the code really hands the engine, on every path the demo data and these tests took: only variables the
     * procedure declares, which {@code ProcessModelVariablesTest} checks against the models.
     */
    @Test
    void theProcessCarriesOnlyDeclaredVariables() {
        Set<String> declared = VisitProcess.VARIABLES.stream().map(ProcessVariable::name).collect(Collectors.toSet());
        List<String> written = jdbc.queryForList(
                "select distinct NAME_ from ACT_HI_VARINST where PROC_DEF_KEY_ = ?", String.class,
                VisitProcess.PROCESS_KEY);
        assertThat(written).isNotEmpty().allSatisfy(name -> assertThat(declared).as("declared variables")
                .contains(name));
    }

    private int auditEvents(String reference) {
        return jdbc.queryForObject("select count(*) from audit_event where subject = ?", Integer.class, reference);
    }

    /** Refused naming the field, with the request, its tasks and its audit trail as they were. */
    private void assertRefused(String reference, Runnable step, String field) {
        VisitStatus status = status(reference);
        int events = auditEvents(reference);
        assertThatThrownBy(step::run).isInstanceOf(InvalidVisitRequestException.class)
                .extracting(e -> ((InvalidVisitRequestException) e).problems())
                .isEqualTo(List.of(FieldProblem.of(field, "validation.controlCharacters")));
        assertThat(status(reference)).isEqualTo(status);
        assertThat(auditEvents(reference)).isEqualTo(events);
    }

    @Test
    void reasonsNotesAndAnswersWithControlCharactersAreRefusedBeforeAnythingIsRecorded() {
        VisitRequestData data = secretVisitToJapan(28);
        String reference = visitRequests.submit(data, "applicant.de").getReference();
        String certification = task(reference, "officer.de1", "certifyClearances");
        assertRefused(reference, () -> tasks.certify(certification, "officer.de1", false, "Clearance\u0000 expired"),
                "reason");
        assertThat(jdbc.queryForObject("select return_reason from visit_request where reference = ?", String.class,
                reference)).isNull();
        tasks.certify(certification, "officer.de1", true, null);

        String review = task(reference, "officer.jp1", "reviewRequest");
        assertRefused(reference, () -> tasks.decide(review, "officer.jp1", HostAuthorityDecision.APPROVE_WITH_CONDITIONS,
                "DE-GEHEIM", "Building 7\u001B[31m only", null, null), "conditions");
        assertRefused(reference, () -> tasks.decide(review, "officer.jp1", HostAuthorityDecision.REQUEST_INFORMATION,
                null, null, null, "Which contract\u0085covers the visit?"), "reason");
        tasks.decide(review, "officer.jp1", HostAuthorityDecision.REQUEST_INFORMATION, null, null, null,
                "Which contract covers the visit?\n\tAnd which annex?");

        String question = task(reference, "applicant.de", "provideInformation");
        assertRefused(reference, () -> tasks.provideInformation(question, "applicant.de", data,
                "Contract\u2028JP-DE SAR-2026/114"), "answer");
        tasks.provideInformation(question, "applicant.de", data, "Contract JP-DE SAR-2026/114,\r\nannex 3.");

        tasks.decide(task(reference, "officer.jp1", "reviewRequest"), "officer.jp1", HostAuthorityDecision.APPROVE,
                "DE-GEHEIM", null, null, null);
        String confirmation = task(reference, "officer.jp2", "confirmDecision");
        assertRefused(reference, () -> tasks.confirm(confirmation, "officer.jp2", false, "Level\u007F too high"),
                "reason");
        assertThat(task(reference, "officer.jp2", "confirmDecision")).isEqualTo(confirmation);

        // refused before the task is even looked up: no escalation or renewal is needed to show it
        assertRefused(reference, () -> tasks.handleEscalation("no-such-task", "officer.jp1", "Called\u0000 the host"),
                "note");
        assertRefused(reference, () -> tasks.considerRenewal("no-such-task", "applicant.de", "Renew\u0001 in May"),
                "note");
    }
}
