package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * FSC assurance requests on PostgreSQL, both directions: filing with every field checked, routing to the designated
 * security authorities (BMWE, ATLA) and nobody else, the reply from the register, the national clearance ending in
 * the register, the overdue reply's escalation, withdrawal, and need-to-know.
 */
@GsoiaSpringTest
class AssuranceRequestsIT {

    @Autowired AssuranceRequests requests;
    @Autowired AssuranceTasks tasks;
    @Autowired FacilityClearances clearances;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.util.List<org.gsoia.workflow.metrics.RegisterFigure> figures;
    @Autowired Clock clock;

    private String german;
    private String japanese;
    private final List<String> filed = new ArrayList<>();

    @BeforeEach
    void facilitiesOfTheirOwn() {
        german = TestFacilities.germanInProcess(jdbc);
        japanese = TestFacilities.japaneseWithoutClearance(jdbc);
    }

    @AfterEach
    void removeThem() {
        filed.forEach(reference -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
        TestFacilities.remove(jdbc, german);
        TestFacilities.remove(jdbc, japanese);
    }

    private AssuranceRequestData about(String facilityId, String requiredLevel, boolean sponsorship) {
        return new AssuranceRequestData(facilityId, "Ministry of Defense, Equipment Procurement",
                AssuranceReason.CONTRACT, requiredLevel, null, "ATLA-2026-0042", false, sponsorship);
    }

    private AssuranceRequest file(AssuranceRequestData data, String userId) {
        AssuranceRequest request = requests.file(data, userId);
        filed.add(request.getReference());
        return request;
    }

    private InboxRow task(String reference, String userId, String taskKey) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(userId + " has no " + taskKey + " on " + reference));
    }

    private AssuranceRequest reread(String reference) {
        return requests.byReference(reference).orElseThrow();
    }

    @Test
    void japanAsksAboutAGermanCompanyInProcessAndTheNationalClearanceEndsInTheRegister() {
        AssuranceRequest request = file(about(german, "JP-GOKUHI", false), "security.jp1");
        String reference = request.getReference();
        assertThat(reference).startsWith("FC-");
        assertThat(request.getReceivingAuthorityId()).isEqualTo("DE-BMWE");
        assertThat(request.getReplyDueOn()).isAfter(LocalDate.now(clock).plusDays(14));
        assertThat(tasks.openTasksOf(reference, "officer.de1")).as("the visit authority does not answer").isEmpty();
        assertThat(tasks.openTasksOf(reference, "security.jp1")).as("nor the requester").isEmpty();

        tasks.reply(task(reference, "security.de1", AssuranceProcess.REPLY_TO_REQUEST).taskId(), "security.de1",
                "Antragsverfahren läuft seit Oktober.");
        request = reread(reference);
        assertThat(request.getStatus()).isEqualTo(AssuranceStatus.IN_NATIONAL_CLEARANCE);
        assertThat(request.getReplyStatus()).contains(ReplyStatus.IN_PROCESS);
        assertThat(request.isReplyFinal()).isFalse();
        assertThat(requests.replyCovers(request)).contains(false);

        tasks.recordCompanyData(task(reference, "security.de2", AssuranceProcess.RECORD_COMPANY_DATA).taskId(),
                "security.de2", "Rheintal Holding AG (100 %), no foreign shareholdings", false);
        tasks.appointSecurityOfficers(task(reference, "security.de1", AssuranceProcess.APPOINT_SECURITY_OFFICERS)
                .taskId(), "security.de1", "Petra Lang", "Jens Ott");
        tasks.recordInitialInspection(task(reference, "security.de1", AssuranceProcess.RECORD_INITIAL_INSPECTION)
                .taskId(), "security.de1", LocalDate.now(clock), true, null);
        LocalDate expiry = LocalDate.now(clock).plusYears(5);
        tasks.decideClearance(task(reference, "security.de1", AssuranceProcess.DECIDE_CLEARANCE).taskId(),
                "security.de1", ClearanceDecision.GRANTED, "DE-GEHEIM", "DE-VSV", expiry, null);

        FacilityClearance register = clearances.clearance(german, "security.de1").orElseThrow();
        assertThat(register.status()).isEqualTo(FscStatus.VALID);
        assertThat(register.levelId()).isEqualTo("DE-GEHEIM");
        assertThat(register.securityOfficer()).isEqualTo("Petra Lang");
        assertThat(register.deputySecurityOfficer()).isEqualTo("Jens Ott");
        assertThat(clearances.history(german, "security.de1", 0, 10).get(0).after().reason()).contains(reference);
        request = reread(reference);
        assertThat(request.getStatus()).isEqualTo(AssuranceStatus.REPLIED);
        assertThat(request.isReplyFinal()).isTrue();
        assertThat(request.getReplyStatus()).contains(ReplyStatus.VALID);
        assertThat(request.getReplyExpiresOn()).isEqualTo(expiry);
        assertThat(requests.replyCovers(request)).as("GEHEIM covers 極秘").contains(true);

        tasks.takeNoteOfReply(task(reference, "security.jp2", AssuranceProcess.TAKE_NOTE_OF_REPLY).taskId(),
                "security.jp2", null);
        assertThat(reread(reference).getStatus()).isEqualTo(AssuranceStatus.CLOSED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
        assertThat(jdbc.queryForList("select action from audit_event where subject = ? order by id", String.class,
                reference)).containsExactly("FSC_ASSURANCE_FILED", "FSC_ASSURANCE_REPLIED",
                "FSC_COMPANY_DATA_RECORDED", "FSC_SECURITY_OFFICERS_RECORDED", "FSC_INSPECTION_RECORDED",
                "FSC_NATIONAL_CLEARANCE_DECIDED", "FSC_ASSURANCE_RECORDED");
    }

    @Test
    void sponsorshipForACompanyWithoutClearanceAndARefusalWithItsReasonsFile() {
        long runningBefore = figure("metrics.register.sponsorshipsRunning").count(java.util.Optional.of("JP"));
        long germanBefore = figure("metrics.register.sponsorshipsRunning").count(java.util.Optional.of("DE"));
        AssuranceRequest request = file(about(japanese, "DE-GEHEIM", true), "security.de1");
        String reference = request.getReference();
        assertThat(request.getReceivingAuthorityId()).isEqualTo("JP-ATLA");
        assertThat(tasks.openTasksOf(reference, "officer.jp1")).as("ATLA's visit officers do not answer").isEmpty();

        tasks.reply(task(reference, "security.jp1", AssuranceProcess.REPLY_TO_REQUEST).taskId(), "security.jp1", null);
        assertThat(clearances.clearance(japanese, "security.jp1").orElseThrow().status())
                .as("sponsorship accepted: the register says in process").isEqualTo(FscStatus.IN_PROCESS);
        assertThat(reread(reference).getReplyStatus()).contains(ReplyStatus.IN_PROCESS);
        assertThat(figure("metrics.register.sponsorshipsRunning").count(java.util.Optional.of("JP")))
                .as("the dashboard counts the running sponsorship").isEqualTo(runningBefore + 1);
        assertThat(figure("metrics.register.sponsorshipsRunning").count(java.util.Optional.of("DE")))
                .as("Germany grants none of them").isEqualTo(germanBefore);

        tasks.recordCompanyData(task(reference, "security.jp1", AssuranceProcess.RECORD_COMPANY_DATA).taskId(),
                "security.jp1", "湊ホールディングス 60 %、海外ファンド 40 %", true);
        tasks.appointSecurityOfficers(task(reference, "security.jp1", AssuranceProcess.APPOINT_SECURITY_OFFICERS)
                .taskId(), "security.jp1", "山本 翔", "小川 恵");
        String inspection = task(reference, "security.jp1", AssuranceProcess.RECORD_INITIAL_INSPECTION).taskId();
        assertThatThrownBy(() -> tasks.recordInitialInspection(inspection, "security.jp1", LocalDate.now(clock), false,
                " ")).isInstanceOf(InvalidAssuranceRequestException.class)
                .extracting(e -> ((InvalidAssuranceRequestException) e).problems().get(0).field()).isEqualTo("findings");
        tasks.recordInitialInspection(inspection, "security.jp1", LocalDate.now(clock), false, "保管庫の施錠不備");

        String decision = task(reference, "security.jp1", AssuranceProcess.DECIDE_CLEARANCE).taskId();
        assertThatThrownBy(() -> tasks.decideClearance(decision, "security.jp1", ClearanceDecision.GRANTED, "JP-GOKUHI",
                null, LocalDate.now(clock).plusYears(5), null))
                .as("no grant after a failed inspection").isInstanceOf(InvalidAssuranceRequestException.class);
        assertThatThrownBy(() -> tasks.decideClearance(decision, "security.jp1", ClearanceDecision.REFUSED, null, null,
                null, "")).as("a refusal needs its reasons file").isInstanceOf(InvalidAssuranceRequestException.class);
        assertThat(clearances.clearance(japanese, "security.jp1").orElseThrow().status()).isEqualTo(FscStatus.IN_PROCESS);

        tasks.decideClearance(decision, "security.jp1", ClearanceDecision.REFUSED, null, null, null, "ATLA-保-2026-17");
        assertThat(clearances.clearance(japanese, "security.jp1").orElseThrow().status())
                .as("refused: no clearance").isNull();
        AssuranceRequest replied = reread(reference);
        assertThat(replied.getReplyStatus()).contains(ReplyStatus.NONE);
        assertThat(replied.getRefusalReasonsReference()).isEqualTo("ATLA-保-2026-17");
        assertThat(requests.replyCovers(replied)).contains(false);
        assertThat(figure("metrics.register.sponsorshipsRunning").count(java.util.Optional.of("JP")))
                .isEqualTo(runningBefore);
        jdbc.update("update fsc_assurance_request set clearance_started_at = clearance_decided_at - interval '40 days'"
                + " where reference = ?", reference);
        assertThat(figure("metrics.register.sponsorshipMedianDays").count(java.util.Optional.of("JP")))
                .as("the one decided sponsorship took 40 days").isEqualTo(40);
    }

    private org.gsoia.workflow.metrics.RegisterFigure figure(String labelKey) {
        return figures.stream().filter(f -> f.labelKey().equals(labelKey)).findFirst().orElseThrow();
    }

    @Test
    void aValidClearanceIsAFinalReplyThatMayNotCoverTheLevelAsked() {
        String valid = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(1));
        try {
            AssuranceRequest request = file(new AssuranceRequestData(valid, "Sakura Aerospace", AssuranceReason.TENDER,
                    "JP-GOKUHI", "JP-GOKUHI", null, true, false), "security.jp1");
            tasks.reply(task(request.getReference(), "security.de1", AssuranceProcess.REPLY_TO_REQUEST).taskId(),
                    "security.de1", null);
            AssuranceRequest replied = reread(request.getReference());
            assertThat(replied.isReplyFinal()).isTrue();
            assertThat(replied.getReplyStatus()).contains(ReplyStatus.VALID);
            assertThat(replied.getStatus()).isEqualTo(AssuranceStatus.REPLIED);
            assertThat(requests.replyCovers(replied)).as("storage asked at 極秘, granted VS-VERTRAULICH only")
                    .contains(false);
        } finally {
            TestFacilities.remove(jdbc, valid);
        }
    }

    @Test
    void everyFieldIsCheckedAndARefusedRequestSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from fsc_assurance_request", Long.class);
        assertProblems(new AssuranceRequestData(null, null, null, null, null, null, false, false),
                "facilityId:validation.required", "contractingEntity:validation.required", "reason:validation.required",
                "requiredLevelId:validation.required");
        assertProblems(new AssuranceRequestData(japanese, "Ministry\u0000", AssuranceReason.SUBCONTRACT, "JP-GOKUHI",
                        null, "x".repeat(101), false, false),
                "facilityId:assurance.facility.notOfOtherParty", "contractingEntity:validation.controlCharacters",
                "contractReference:validation.tooLong");
        assertProblems(new AssuranceRequestData(german, "Ministry", AssuranceReason.CONTRACT, "DE-GEHEIM",
                        "DE-VSV", null, false, false),
                "requiredLevelId:clearance.level.notOfParty", "storageLevelId:clearance.level.notOfParty",
                "contractReference:validation.required");
        assertProblems(new AssuranceRequestData(german, "Ministry", AssuranceReason.TENDER, "JP-HI", "JP-GOKUHI",
                null, false, false), "storageLevelId:assurance.storageLevel.aboveRequired");
        assertThat(jdbc.queryForObject("select count(*) from fsc_assurance_request", Long.class)).isEqualTo(before);
    }

    private void assertProblems(AssuranceRequestData data, String... fieldAndKey) {
        assertThatThrownBy(() -> file(data, "security.jp1")).isInstanceOf(InvalidAssuranceRequestException.class)
                .extracting(e -> ((InvalidAssuranceRequestException) e).problems().stream()
                        .map(p -> p.field() + ":" + p.messageKey()).toList())
                .asList().containsExactlyInAnyOrder((Object[]) fieldAndKey);
    }

    @Test
    void onlyTheTwoSecurityAuthoritiesSeeARequestAndOnlyTheirOfficersFileOne() {
        AssuranceRequest request = file(about(german, "JP-GOKUHI", false), "security.jp1");
        String reference = request.getReference();
        assertThat(requests.find(reference, "security.de2")).isPresent();
        assertThat(requests.find(reference, "security.jp2")).isPresent();
        assertThat(requests.find(reference, "officer.de1")).as("BAAINBw").isEmpty();
        assertThat(requests.find(reference, "officer.jp1")).as("ATLA's visit officers").isEmpty();
        assertThat(requests.find(reference, "applicant.jp")).isEmpty();
        assertThat(requests.find(reference, "facility.de")).isEmpty();
        assertThat(requests.page("security.de1", AssuranceRequests.Direction.INCOMING, 0, 50))
                .extracting(AssuranceRequest::getReference).contains(reference);
        assertThat(requests.page("security.de1", AssuranceRequests.Direction.OUTGOING, 0, 50))
                .extracting(AssuranceRequest::getReference).doesNotContain(reference);
        assertThat(requests.page("officer.de1", AssuranceRequests.Direction.ALL, 0, 50)).isEmpty();
        // both directions merged newest first, paged: the filed request and the demo's of both directions
        List<AssuranceRequest> all = requests.page("security.de1", AssuranceRequests.Direction.ALL, 0, 200);
        assertThat(all).extracting(AssuranceRequest::getReference).contains(reference).doesNotHaveDuplicates();
        assertThat(all).extracting(AssuranceRequest::getRequestingParty).contains("DE", "JP");
        assertThat(all).extracting(AssuranceRequest::getFiledAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(requests.page("security.de1", AssuranceRequests.Direction.ALL, 1, 2))
                .extracting(AssuranceRequest::getReference)
                .containsExactlyElementsOf(all.subList(1, 3).stream().map(AssuranceRequest::getReference).toList());
        assertThat((long) all.size()).isEqualTo(requests.count("security.de1", AssuranceRequests.Direction.ALL));
        assertThatThrownBy(() -> file(about(german, "JP-GOKUHI", false), "applicant.jp"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.withdraw(reference, "no longer needed", "security.de1", null))
                .as("the receiving authority cannot withdraw").isInstanceOf(AssuranceRequestNotFoundException.class);
    }

    @Test
    void aMissedDeadlineEscalatesToTheRequesterAndAWithdrawalEndsTheCase() {
        AssuranceRequest request = file(about(german, "JP-GOKUHI", false), "security.jp1");
        String reference = request.getReference();
        String processId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processId).singleResult()
                .getId());
        assertThat(reread(reference).isReplyOverdue()).isTrue();
        InboxRow escalation = task(reference, "security.jp2", AssuranceProcess.ESCALATE_OVERDUE_REPLY);
        assertThat(tasks.openTasksOf(reference, "security.de1")).extracting(InboxRow::taskKey)
                .containsExactly(AssuranceProcess.REPLY_TO_REQUEST);
        assertThatThrownBy(() -> tasks.escalate(escalation.taskId(), "security.jp2", ""))
                .isInstanceOf(InvalidAssuranceRequestException.class);
        tasks.escalate(escalation.taskId(), "security.jp2", "Reminder to BMWE by letter of today");
        assertThat(reread(reference).getEscalationNote()).isEqualTo("Reminder to BMWE by letter of today");

        String reply = task(reference, "security.de1", AssuranceProcess.REPLY_TO_REQUEST).taskId();
        assertThatThrownBy(() -> requests.withdraw(reference, "Contract cancelled", "security.jp1", 0))
                .as("based on an old version").isInstanceOf(AssuranceRequestChangedException.class);
        requests.withdraw(reference, "Contract cancelled", "security.jp1", reread(reference).getVersion());
        assertThat(reread(reference).getStatus()).isEqualTo(AssuranceStatus.WITHDRAWN);
        assertThatThrownBy(() -> tasks.reply(reply, "security.de1", null))
                .as("the reply task went with the case").isInstanceOf(TaskActionRefusedException.class);
        assertThatThrownBy(() -> requests.withdraw(reference, "again", "security.jp1", null))
                .isInstanceOf(AssuranceRequestClosedException.class);
    }

    @Test
    void twoOfficersReplyingAtOnceGiveOneReplyAndOneTaskGone()
            throws Exception {
        String reference = file(about(german, "JP-GOKUHI", false), "security.jp1").getReference();
        String taskId = task(reference, "security.de1", AssuranceProcess.REPLY_TO_REQUEST).taskId();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Object>> outcomes = new ArrayList<>();
            for (String officer : List.of("security.de1", "security.de2")) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        tasks.reply(taskId, officer, "Reply by " + officer);
                        return "replied";
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("replied"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> !"replied".equals(r)).singleElement()
                    .isInstanceOf(TaskActionRefusedException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ? and action = ?",
                Integer.class, reference, "FSC_ASSURANCE_REPLIED")).isEqualTo(1);
        // the clearance is in process: the national clearance runs, and Japan may still withdraw
        AssuranceRequest replied = reread(reference);
        assertThat(replied.getStatus()).isEqualTo(AssuranceStatus.IN_NATIONAL_CLEARANCE);
        requests.withdraw(reference, "Contract cancelled", "security.jp1", replied.getVersion());
        assertThat(tasks.openTasksOf(reference, "security.de1")).isEmpty();
        assertThat(tasks.openTasksOf(reference, "security.jp1")).isEmpty();
    }
}
