package org.gsoia.workflow.visit.process;

import static org.gsoia.workflow.visit.process.VisitRequestDriver.approve;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.certify;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.decide;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.fireTimer;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.recurringRequest;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.request;
import static org.gsoia.workflow.visit.process.VisitRequestDriver.start;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Every state in which a visit request waits, with the way there and the activities it then waits at.
 * Amendments are possible from certification until the visit ends; cancellation in every state.
 */
enum WaitingState {

    CORRECTION(false, "correctRequest") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            steps.intakeOutcomes(false);
            return start(request());
        }
    },
    CERTIFICATION(true, "certifyClearances") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            return start(request());
        }
    },
    REVIEW(true, "reviewRequest") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = start(request());
            certify(instance, "CERTIFIED");
            return instance;
        }
    },
    INFORMATION(true, "provideInformation") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = REVIEW.reach(steps);
            decide(instance, "REQUEST_INFORMATION");
            return instance;
        }
    },
    ESCALATION(true, "reviewRequest", "handleEscalation") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = REVIEW.reach(steps);
            fireTimer(instance, "decisionDue");
            return instance;
        }
    },
    CONFIRMATION(true, "confirmDecision") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = start(request().putValue("visitReferenceLevel", "SECRET"));
            certify(instance, "CERTIFIED");
            decide(instance, "APPROVE");
            return instance;
        }
    },
    NOTICE(true, "acknowledgeNotice") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = REVIEW.reach(steps);
            decide(instance, "APPROVE");
            return instance;
        }
    },
    APPROVED_ONE_TIME(true, "visitEnded") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = start(request());
            approve(instance);
            return instance;
        }
    },
    APPROVED_RECURRING(true, "renewalReminderDue", "validityEnded") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = start(recurringRequest());
            approve(instance);
            return instance;
        }
    },
    RENEWAL(true, "considerRenewal", "validityEnded") {
        @Override
        ProcessInstance reach(VisitCaseStepsRecorder steps) {
            ProcessInstance instance = APPROVED_RECURRING.reach(steps);
            fireTimer(instance, "renewalReminderDue");
            return instance;
        }
    };

    private final boolean insideCase;
    private final String[] activities;

    WaitingState(boolean insideCase, String... activities) {
        this.insideCase = insideCase;
        this.activities = activities;
    }

    /** Starts a request and drives it into this state. */
    abstract ProcessInstance reach(VisitCaseStepsRecorder steps);

    /** Amendments reach only the visit case: from certification until the visit ends. */
    boolean amendable() {
        return insideCase;
    }

    /** What the instance waits at, the visit case itself included when the state lies inside it. */
    String[] activities() {
        return insideCase ? VisitRequestDriver.inCase(activities) : activities.clone();
    }
}
