package org.gsoia.workflow.visit.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitType;
import org.springframework.stereotype.Component;

/**
 * The few variables the visit-request process needs for its gateways, timers and task routing, derived from the
 * request whenever it is filed, corrected or amended. Business data stays in the domain tables. Dates become
 * instants in the host's time zone: a deadline day ends at midnight there.
 */
@Component
public class VisitProcessVariables {

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

    public ProcessValues atStart(VisitRequest request) {
        ProcessValues values = ProcessValues
                .of(VisitProcess.RECURRING, request.getType() == VisitType.RECURRING)
                .and(VisitProcess.VISIT_REFERENCE_LEVEL,
                        equivalences.level(request.getLevelId()).getEnglishReference().name())
                .and(VisitProcess.APPLICANT_USER_ID, request.getApplicantUserId())
                .and(VisitProcess.SENDING_AUTHORITY_GROUP, CaseGroups.authority(request.getSendingParty()))
                .and(VisitProcess.HOST_AUTHORITY_GROUP, CaseGroups.authority(request.getHostParty()))
                .and(VisitProcess.HOST_FACILITY_GROUP, CaseGroups.organisation(facilities
                        .find(request.getHostFacilityId()).orElseThrow().organisationId()))
                .and(VisitProcess.DECISION_DUE_DATE, endOfDay(request, request.getDecisionDueDate()))
                .and(VisitProcess.VISIT_END, endOfDay(request, request.getEndDate()));
        if (request.getType() == VisitType.RECURRING) {
            values.and(VisitProcess.VALID_UNTIL, endOfDay(request, request.getValidUntil()))
                    .and(VisitProcess.RENEWAL_REMINDER_DATE, startOfDay(request, leadTimes.renewalReminderDate(
                            request.getAgreementId(), request.getHostParty(), request.getValidUntil())));
        }
        return values;
    }

    /** The moment a deadline day is over in the host country. */
    public Date endOfDay(VisitRequest request, LocalDate day) {
        return startOfDay(request, day.plusDays(1));
    }

    /** The moment a deadline day is over in the host party's country. */
    public Date endOfDay(String hostParty, LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(calendars.forParty(hostParty).zone()).toInstant());
    }

    private Date startOfDay(VisitRequest request, LocalDate day) {
        ZoneId zone = calendars.forParty(request.getHostParty()).zone();
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
