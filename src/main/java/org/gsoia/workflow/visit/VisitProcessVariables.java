package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.stereotype.Component;

/**
 * The few variables the visit-request process needs for its gateways, timers and task routing. Business data
 * stays in the domain tables. Dates become instants in the host's time zone: a deadline day ends at midnight there.
 */
@Component
class VisitProcessVariables {

    private final LeadTimes leadTimes;
    private final EquivalenceService equivalences;
    private final FacilityRegister facilities;
    private final WorkingDayCalendars calendars;

    VisitProcessVariables(LeadTimes leadTimes, EquivalenceService equivalences, FacilityRegister facilities,
                          WorkingDayCalendars calendars) {
        this.leadTimes = leadTimes;
        this.equivalences = equivalences;
        this.facilities = facilities;
        this.calendars = calendars;
    }

    /** Decision due date (and validity of a recurring approval) from the agreement's configuration. */
    void scheduleDeadlines(VisitRequest request) {
        request.scheduleDecision(leadTimes.decisionDueDate(request.getAgreementId(), request.getHostParty(),
                request.getStartDate()));
        request.validUntil(request.getType() == VisitType.RECURRING ? request.getEndDate() : null);
    }

    Map<String, Object> atStart(VisitRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("emergency", request.getType() == VisitType.EMERGENCY);
        variables.put("recurring", request.getType() == VisitType.RECURRING);
        variables.put("visitReferenceLevel", equivalences.level(request.getLevelId()).getEnglishReference().name());
        variables.put("applicantUserId", request.getApplicantUserId());
        variables.put("applicantGroup", CaseGroups.organisation(request.getApplicantOrganisationId()));
        variables.put("sendingAuthorityGroup", CaseGroups.authority(request.getSendingParty()));
        variables.put("hostAuthorityGroup", CaseGroups.authority(request.getHostParty()));
        variables.put("hostFacilityGroup", CaseGroups.organisation(facilities.find(request.getHostFacilityId())
                .orElseThrow().organisationId()));
        variables.put("decisionDueDate", endOfDay(request, request.getDecisionDueDate()));
        variables.put("visitEnd", endOfDay(request, request.getEndDate()));
        if (request.getType() == VisitType.RECURRING) {
            variables.put("validUntil", endOfDay(request, request.getValidUntil()));
            variables.put("renewalReminderDate", startOfDay(request, leadTimes.renewalReminderDate(
                    request.getAgreementId(), request.getHostParty(), request.getValidUntil())));
        }
        return variables;
    }

    /** The moment a deadline day is over in the host country. */
    Date endOfDay(VisitRequest request, LocalDate day) {
        return startOfDay(request, day.plusDays(1));
    }

    Date startOfDay(VisitRequest request, LocalDate day) {
        ZoneId zone = calendars.forParty(request.getHostParty()).zone();
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
