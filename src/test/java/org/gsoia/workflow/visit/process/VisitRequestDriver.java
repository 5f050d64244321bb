package org.gsoia.workflow.visit.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Plays the parts of the service and the users against {@code visit-request}, with the variables of the contract
 * between model and service. Uses the engine that {@code BpmnAwareTests.init} bound to the test thread.
 */
final class VisitRequestDriver {

    static final String PROCESS = "visit-request";
    static final String BUSINESS_KEY = "VR-2026-000123";
    static final String APPLICANT = "applicant.de";
    static final String SENDING_AUTHORITY = "authority-de";
    static final String HOST_AUTHORITY = "authority-jp";
    static final String HOST_FACILITY = "host-facility-jp";
    static final String FIRST_OFFICER = "officer.jp1";
    static final String SECOND_OFFICER = "officer.jp2";

    static final Date DECISION_DUE = at("2030-04-20T09:00:00Z");
    static final Date VISIT_END = at("2030-05-15T17:00:00Z");
    static final Date RENEWAL_REMINDER = at("2031-04-10T09:00:00Z");
    static final Date VALID_UNTIL = at("2031-05-01T00:00:00Z");

    private VisitRequestDriver() {
    }

    /** Activities inside the visit case, which is itself an activity the instance waits in. */
    static String[] inCase(String... activities) {
        String[] all = new String[activities.length + 1];
        all[0] = "visitCase";
        System.arraycopy(activities, 0, all, 1, activities.length);
        return all;
    }

    static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    /** The start variables of a one-time, non-emergency request for a CONFIDENTIAL visit. */
    static VariableMap request() {
        return Variables.createVariables()
                .putValue("emergency", false)
                .putValue("recurring", false)
                .putValue("visitReferenceLevel", "CONFIDENTIAL")
                .putValue("applicantUserId", APPLICANT)
                .putValue("applicantGroup", "applicant")
                .putValue("sendingAuthorityGroup", SENDING_AUTHORITY)
                .putValue("hostAuthorityGroup", HOST_AUTHORITY)
                .putValue("hostFacilityGroup", HOST_FACILITY)
                .putValue("decisionDueDate", DECISION_DUE)
                .putValue("visitEnd", VISIT_END);
    }

    /** A recurring request: its approval lasts until {@link #VALID_UNTIL}, with a reminder before. */
    static VariableMap recurringRequest() {
        return request()
                .putValue("recurring", true)
                .putValue("renewalReminderDate", RENEWAL_REMINDER)
                .putValue("validUntil", VALID_UNTIL);
    }

    static ProcessInstance start(VariableMap variables) {
        return runtimeService().startProcessInstanceByKey(PROCESS, BUSINESS_KEY, variables);
    }

    static void certify(ProcessInstance instance, String certification) {
        complete(task("certifyClearances", instance), withVariables("certification", certification));
    }

    static void decide(ProcessInstance instance, String decision) {
        complete(task("reviewRequest", instance), withVariables("decision", decision, "firstDecisionBy", FIRST_OFFICER));
    }

    /** Confirms as an authenticated officer, the way the service calls the engine for a logged-in user. */
    static void confirm(ProcessInstance instance, String confirmation, String officer) {
        identityService().setAuthenticatedUserId(officer);
        try {
            complete(task("confirmDecision", instance), withVariables("confirmation", confirmation));
        } finally {
            identityService().clearAuthentication();
        }
    }

    static void acknowledge(ProcessInstance instance) {
        complete(task("acknowledgeNotice", instance));
    }

    /** Certified, approved and acknowledged: the approved visit waits for its end or expiry. */
    static void approve(ProcessInstance instance) {
        certify(instance, "CERTIFIED");
        decide(instance, "APPROVE");
        acknowledge(instance);
    }

    static void fireTimer(ProcessInstance instance, String timerEventId) {
        execute(job(timerEventId, instance));
    }

    static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(BUSINESS_KEY).correlate();
    }
}
