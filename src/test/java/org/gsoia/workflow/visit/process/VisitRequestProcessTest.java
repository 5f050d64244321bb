package org.gsoia.workflow.visit.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.APPLICANT;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.BUSINESS_KEY;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.DECISION_DUE;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.FIRST_OFFICER;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.HOST_AUTHORITY;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.HOST_FACILITY;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.RENEWAL_REMINDER;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.SECOND_OFFICER;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.SENDING_AUTHORITY;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.VALID_UNTIL;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.VISIT_END;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.acknowledge;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.approve;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.at;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.certify;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.confirm;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.correlate;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.decide;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.fireTimer;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.inCase;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.recurringRequest;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.request;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.start;

import java.util.Date;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gsoia.workflow.visit.process.FourEyesGuard;
import org.gsoia.workflow.visit.process.FourEyesViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every path of {@code visit-request} on an in-memory engine, with the service's steps recorded. */
@Deployment(resources = {"bpmn/visit-request.bpmn", "bpmn/visit-four-eyes.dmn"})
class VisitRequestProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    ProcessEngine processEngine;

    private final VisitCaseStepsRecorder steps = new VisitCaseStepsRecorder();

    @BeforeEach
    void bindEngineAndBeans() {
        // bound explicitly: a Spring test context in the same JVM may hold another engine
        BpmnAwareTests.init(processEngine);
        Mocks.register("visitCaseSteps", steps);
        Mocks.register("fourEyesGuard", new FourEyesGuard());
    }

    @AfterEach
    void unbind() {
        identityService().clearAuthentication();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void oneTimeVisitWithoutFourEyesRunsFromIntakeToTheEndOfTheVisit() {
        ProcessInstance instance = start(request());
        assertThat(instance).hasBusinessKey(BUSINESS_KEY).isWaitingAtExactly(inCase("certifyClearances"));
        assertThat(task()).hasCandidateGroup(SENDING_AUTHORITY);

        certify(instance, "CERTIFIED");
        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
        assertThat(task()).hasCandidateGroup(HOST_AUTHORITY);

        decide(instance, "APPROVE");
        assertThat(instance).isWaitingAtExactly(inCase("acknowledgeNotice")).hasNotPassed("confirmDecision");
        assertThat(instance).variables().containsEntry("fourEyesRequired", false);
        assertThat(task()).hasCandidateGroup(HOST_FACILITY);

        acknowledge(instance);
        assertThat(instance).isWaitingAtExactly(inCase("visitEnded"));
        assertThat(job("visitEnded", instance)).hasDueDate(VISIT_END);

        fireTimer(instance, "visitEnded");
        assertThat(instance).isEnded().hasPassedInOrder("visitCompleted", "caseClosed");
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview",
                "markNoticeSent", "markApproved", "markCompleted");
    }

    @Test
    void visitorsAllTakenFromThePscRegisterGoStraightToTheHostAuthority() {
        steps.visitorsToCertify(false);
        ProcessInstance instance = start(request());
        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
        assertThat(instance).hasPassed("visitorsToCertifyGateway").hasNotPassed("certifyClearances");
        assertThat(task()).hasCandidateGroup(HOST_AUTHORITY);
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview");
    }

    @Test
    void emergencyRequestTakesTheSamePath() {
        ProcessInstance instance = start(request().putValue("emergency", true));

        approve(instance);
        fireTimer(instance, "visitEnded");

        assertThat(instance).isEnded().hasPassed("visitCompleted");
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview",
                "markNoticeSent", "markApproved", "markCompleted");
    }

    @Test
    void incompleteIntakeGoesToTheApplicantAndIsCheckedAgain() {
        steps.intakeOutcomes(false);
        ProcessInstance instance = start(request());
        assertThat(instance).isWaitingAtExactly("correctRequest");
        assertThat(task()).isAssignedTo(APPLICANT);

        complete(task("correctRequest", instance));

        assertThat(instance).isWaitingAtExactly(inCase("certifyClearances"));
        Assertions.assertThat(steps.calls())
                .containsExactly("checkIntake", "markReturned", "checkIntake", "markInCertification");
    }

    @Test
    void returnBySendingAuthorityGoesToTheApplicantAndIsResubmitted() {
        ProcessInstance instance = start(request());

        certify(instance, "RETURNED");
        assertThat(instance).hasPassed("returnedBySendingAuthority", "returnedToApplicant")
                .isWaitingAtExactly("correctRequest");
        assertThat(task()).isAssignedTo(APPLICANT);

        complete(task("correctRequest", instance));
        assertThat(instance).isWaitingAtExactly(inCase("certifyClearances"));
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markReturned",
                "checkIntake", "markInCertification");
    }

    @Test
    void returnByHostAuthorityGoesToTheApplicantAndIsResubmitted() {
        ProcessInstance instance = start(request());
        certify(instance, "CERTIFIED");

        decide(instance, "RETURN");
        assertThat(instance).hasPassed("returnedByHostAuthority").isWaitingAtExactly("correctRequest");
        Assertions.assertThat(jobQuery().count()).as("the decision clock stops").isZero();

        complete(task("correctRequest", instance));
        assertThat(instance).isWaitingAtExactly(inCase("certifyClearances"));
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview",
                "markReturned", "checkIntake", "markInCertification");
    }

    @Test
    void requestedInformationReturnsToReviewWithTheMovedDecisionDate() {
        ProcessInstance instance = start(request());
        certify(instance, "CERTIFIED");
        assertThat(job("decisionDue", instance)).hasDueDate(DECISION_DUE);

        decide(instance, "REQUEST_INFORMATION");
        assertThat(instance).isWaitingAtExactly(inCase("provideInformation"));
        assertThat(task()).isAssignedTo(APPLICANT);
        Assertions.assertThat(jobQuery().count()).as("the decision clock pauses").isZero();

        Date later = at("2030-04-27T09:00:00Z");
        complete(task("provideInformation", instance), withVariables("decisionDueDate", later));

        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
        assertThat(job("decisionDue", instance)).hasDueDate(later);
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview",
                "markInformationRequested", "markInReview");
    }

    @Test
    void rejectionEndsTheCase() {
        ProcessInstance instance = start(request());
        certify(instance, "CERTIFIED");

        decide(instance, "REJECT");

        assertThat(instance).isEnded().hasPassedInOrder("rejected", "caseClosed").hasNotPassed("acknowledgeNotice");
        Assertions.assertThat(steps.calls()).endsWith("markInReview", "markRejected");
    }

    @Test
    void approvalWithConditionsNotifiesTheHostFacility() {
        ProcessInstance instance = start(request());
        certify(instance, "CERTIFIED");

        decide(instance, "APPROVE_WITH_CONDITIONS");

        assertThat(instance).isWaitingAtExactly(inCase("acknowledgeNotice"));
        Assertions.assertThat(steps.calls()).endsWith("markInReview", "markNoticeSent");
    }

    @ParameterizedTest
    @CsvSource({
        "TOP_SECRET, confirmDecision",
        "SECRET, confirmDecision",
        "CONFIDENTIAL, acknowledgeNotice",
        "RESTRICTED, acknowledgeNotice"
    })
    void levelDecidesWhetherASecondOfficerConfirms(String level, String nextTask) {
        ProcessInstance instance = start(request().putValue("visitReferenceLevel", level));
        certify(instance, "CERTIFIED");

        decide(instance, "APPROVE");

        assertThat(instance).isWaitingAtExactly(inCase(nextTask));
    }

    @Test
    void confirmationBySameOfficerIsRefusedAndBySecondOfficerAccepted() {
        ProcessInstance instance = WaitingState.CONFIRMATION.reach(steps);
        assertThat(task()).hasCandidateGroup(HOST_AUTHORITY);

        assertRefusedByFourEyes(() -> confirm(instance, "CONFIRMED", FIRST_OFFICER));
        assertRefusedByFourEyes(() -> confirm(instance, "CONFIRMED", FIRST_OFFICER.toUpperCase()));
        assertThat(instance).isWaitingAtExactly(inCase("confirmDecision"));

        confirm(instance, "CONFIRMED", SECOND_OFFICER);

        assertThat(instance).isWaitingAtExactly(inCase("acknowledgeNotice"));
        Assertions.assertThat(steps.calls()).endsWith("markInReview", "markAwaitingConfirmation", "markNoticeSent");
    }

    @Test
    void withoutAuthenticationTheAssigneeCountsAndSomeoneMustBeKnown() {
        ProcessInstance instance = WaitingState.CONFIRMATION.reach(steps);

        assertRefusedByFourEyes(() -> complete(task("confirmDecision", instance), withVariables("confirmation", "CONFIRMED")));
        taskService().setAssignee(task("confirmDecision", instance).getId(), FIRST_OFFICER);
        assertRefusedByFourEyes(() -> complete(task("confirmDecision", instance), withVariables("confirmation", "CONFIRMED")));
        assertThat(instance).isWaitingAtExactly(inCase("confirmDecision"));

        taskService().setAssignee(task("confirmDecision", instance).getId(), SECOND_OFFICER);
        complete(task("confirmDecision", instance), withVariables("confirmation", "CONFIRMED"));

        assertThat(instance).isWaitingAtExactly(inCase("acknowledgeNotice"));
    }

    @Test
    void confirmationWithoutARecordedFirstDecisionIsRefused() {
        ProcessInstance instance = start(request().putValue("visitReferenceLevel", "SECRET"));
        certify(instance, "CERTIFIED");
        complete(task("reviewRequest", instance), withVariables("decision", "APPROVE"));

        assertRefusedByFourEyes(() -> confirm(instance, "CONFIRMED", SECOND_OFFICER));

        assertThat(instance).isWaitingAtExactly(inCase("confirmDecision"));
    }

    @Test
    void disagreementReturnsToReview() {
        ProcessInstance instance = WaitingState.CONFIRMATION.reach(steps);

        confirm(instance, "DISAGREED", SECOND_OFFICER);

        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
        assertThat(job("decisionDue", instance)).hasDueDate(DECISION_DUE);
        Assertions.assertThat(steps.calls()).endsWith("markAwaitingConfirmation", "markInReview");
    }

    @Test
    void dueDecisionEscalatesWhileTheReviewStaysOpen() {
        ProcessInstance instance = WaitingState.REVIEW.reach(steps);

        fireTimer(instance, "decisionDue");
        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest", "handleEscalation"));
        assertThat(task("handleEscalation", instance)).hasCandidateGroup(HOST_AUTHORITY);
        Assertions.assertThat(steps.calls()).endsWith("markInReview", "markEscalated");

        complete(task("handleEscalation", instance));
        assertThat(instance).hasPassed("escalationHandled").isWaitingAtExactly(inCase("reviewRequest"));

        decide(instance, "APPROVE");
        assertThat(instance).isWaitingAtExactly(inCase("acknowledgeNotice"));
    }

    @Test
    void recurringApprovalRemindsAndThenExpiresWithAnOpenRenewalTask() {
        ProcessInstance instance = start(recurringRequest());
        approve(instance);
        assertThat(instance).isWaitingAtExactly(inCase("renewalReminderDue", "validityEnded"));
        assertThat(job("renewalReminderDue", instance)).hasDueDate(RENEWAL_REMINDER);
        assertThat(job("validityEnded", instance)).hasDueDate(VALID_UNTIL);

        fireTimer(instance, "renewalReminderDue");
        assertThat(instance).isWaitingAtExactly(inCase("considerRenewal", "validityEnded"));
        assertThat(task("considerRenewal", instance)).isAssignedTo(APPLICANT);

        fireTimer(instance, "validityEnded");
        assertThat(instance).isEnded().hasPassedInOrder("approvalExpired", "caseClosed").hasNotPassed("renewalConsidered");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(steps.calls()).endsWith("markApproved", "markExpired").doesNotContain("markCompleted");
    }

    @Test
    void consideredRenewalLeavesTheApprovalRunningUntilItExpires() {
        ProcessInstance instance = WaitingState.RENEWAL.reach(steps);

        complete(task("considerRenewal", instance));
        assertThat(instance).hasPassed("renewalConsidered").isWaitingAtExactly(inCase("validityEnded"));

        fireTimer(instance, "validityEnded");
        assertThat(instance).isEnded().hasPassed("approvalExpired");
    }

    @Test
    void amendmentDuringReviewRestartsCertification() {
        ProcessInstance instance = WaitingState.REVIEW.reach(steps);

        correlate("VisitAmended");

        assertThat(instance).isWaitingAtExactly(inCase("certifyClearances"));
        Assertions.assertThat(steps.calls()).containsExactly("checkIntake", "markInCertification", "markInReview",
                "prepareAmendment", "markInCertification");
    }

    @ParameterizedTest
    @EnumSource(WaitingState.class)
    void amendmentRestartsCertificationFromEveryStateUntilTheVisitEnds(WaitingState state) {
        ProcessInstance instance = state.reach(steps);
        assertThat(instance).isWaitingAtExactly(state.activities());

        if (!state.amendable()) {
            assertThatThrownBy(() -> correlate("VisitAmended")).isInstanceOf(MismatchingMessageCorrelationException.class);
            assertThat(instance).isWaitingAtExactly(state.activities());
            return;
        }
        correlate("VisitAmended");

        assertThat(instance).isWaitingAtExactly(inCase("certifyClearances"));
        Assertions.assertThat(taskQuery().count()).isOne();
        Assertions.assertThat(jobQuery().count()).isZero();
        Assertions.assertThat(steps.calls()).endsWith("prepareAmendment", "markInCertification");
    }

    @ParameterizedTest
    @EnumSource(WaitingState.class)
    void cancellationEndsTheRequestFromEveryWaitingState(WaitingState state) {
        ProcessInstance instance = state.reach(steps);
        assertThat(instance).isWaitingAtExactly(state.activities());

        correlate("VisitCancelled");

        assertThat(instance).isEnded().hasPassed("cancelled").hasNotPassed("caseClosed");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(jobQuery().count()).isZero();
        Assertions.assertThat(steps.calls()).endsWith("markCancelled");
    }

    @Test
    void unknownLevelStopsTheDecisionInsteadOfSkippingTheConfirmation() {
        ProcessInstance instance = start(request().putValue("visitReferenceLevel", "UNKNOWN"));
        certify(instance, "CERTIFIED");

        assertThatThrownBy(() -> decide(instance, "APPROVE")).isInstanceOf(ProcessEngineException.class);

        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
    }

    @Test
    void decisionOutsideTheContractIsRefused() {
        ProcessInstance instance = WaitingState.REVIEW.reach(steps);

        assertThatThrownBy(() -> decide(instance, "MAYBE")).isInstanceOf(ProcessEngineException.class);

        assertThat(instance).isWaitingAtExactly(inCase("reviewRequest"));
    }

    /** The engine wraps a listener's exception; the service finds the violation with {@code findIn}. */
    private static void assertRefusedByFourEyes(ThrowingCallable completion) {
        assertThatThrownBy(completion).isInstanceOf(ProcessEngineException.class)
                .satisfies(thrown -> Assertions.assertThat(FourEyesViolationException.findIn(thrown)).isPresent());
    }

    private static void clearanceChanged(boolean suspended) {
        runtimeService().createMessageCorrelation(VisitProcess.MESSAGE_CLEARANCE_CHANGED)
                .processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable(VisitProcess.VISIT_SUSPENDED.name(), suspended).correlate();
    }

    @Test
    void aClearanceChangeOfAnOpenRequestGivesTheHostAuthorityATaskWhileTheReviewGoesOn() {
        ProcessInstance instance = start(request());
        certify(instance, "CERTIFIED");

        clearanceChanged(false);
        assertThat(instance).isWaitingAt("reviewRequest", VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE);
        assertThat(task(VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE, instance)).hasCandidateGroup(HOST_AUTHORITY);
        complete(task(VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE, instance));
        assertThat(instance).hasPassed("clearanceChangeNoted").isWaitingAtExactly(inCase("reviewRequest"));
    }

    @Test
    void aSuspendedApprovalIsLiftedAndTheVisitGoesOn() {
        ProcessInstance instance = start(request());
        approve(instance);

        clearanceChanged(true);
        assertThat(task(VisitProcess.REVIEW_SUSPENSION, instance)).hasCandidateGroup(HOST_AUTHORITY);
        complete(task(VisitProcess.REVIEW_SUSPENSION, instance),
                withVariables(VisitProcess.SUSPENSION_OUTCOME.name(), "LIFTED"));
        assertThat(instance).hasPassed("suspensionLifted").isWaitingAtExactly(inCase("visitEnded"));
        Assertions.assertThat(steps.calls()).endsWith("markApproved", "liftSuspension");
    }

    @Test
    void aConfirmedSuspensionWithdrawsTheApprovalAndClosesTheCase() {
        ProcessInstance instance = start(recurringRequest());
        approve(instance);

        clearanceChanged(true);
        complete(task(VisitProcess.REVIEW_SUSPENSION, instance),
                withVariables(VisitProcess.SUSPENSION_OUTCOME.name(), "CONFIRMED"));
        assertThat(instance).isEnded().hasPassed("markApprovalWithdrawn", "visitApprovalWithdrawn")
                .hasNotPassed("caseClosed");
        Assertions.assertThat(jobQuery().count()).as("no timer of the withdrawn approval remains").isZero();
        Assertions.assertThat(steps.calls()).endsWith("markApproved", "markApprovalWithdrawn");
    }
}
