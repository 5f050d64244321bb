package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks the authorities see computed on a request (R-VI-08): each visitor's clearance against the visit's
 * level and dates, both facilities' clearances, and the lead time that was met at submission.
 */
@Service
@Transactional(readOnly = true)
public class VisitChecks {

    private final EquivalenceService equivalences;
    private final FacilityRegister facilities;
    private final WorkingDayCalendars calendars;
    private final LeadTimes leadTimes;
    private final org.gsoia.workflow.clearance.PersonnelClearances register;

    VisitChecks(EquivalenceService equivalences, FacilityRegister facilities, WorkingDayCalendars calendars,
                LeadTimes leadTimes, org.gsoia.workflow.clearance.PersonnelClearances register) {
        this.register = register;
        this.equivalences = equivalences;
        this.facilities = facilities;
        this.calendars = calendars;
        this.leadTimes = leadTimes;
    }

    /** Clearance of the sending party, at least the visit's level, valid until the visit's last day. */
    public boolean clearanceCovers(VisitRequest request, VisitorData visitor) {
        ClassificationLevel visitLevel = equivalences.level(request.getLevelId());
        ClassificationLevel clearance = equivalences.level(visitor.clearanceLevelId());
        return clearance.getPartyCode().equals(visitLevel.getPartyCode()) && clearance.isAtLeast(visitLevel)
                && !visitor.clearanceExpiresOn().isBefore(request.getEndDate());
    }

    /** The requesting facility holds a valid FSC at the visit's level (same party) for the whole visit. */
    public boolean requestingFacilityCleared(VisitRequest request) {
        return facilityGaps(request).stream().allMatch(FacilityClearanceGap::host);
    }

    /** The host facility holds a valid FSC at the equivalent of the visit's level for the whole visit. */
    public boolean hostFacilityCleared(VisitRequest request) {
        return facilityGaps(request).stream().noneMatch(FacilityClearanceGap::host);
    }

    /**
     * What keeps the visit's facilities from receiving its information, requesting facility first; empty when both
     * hold a clearance that covers the visit's level for its whole duration.
     */
    public List<FacilityClearanceGap> facilityGaps(VisitRequest request) {
        return facilityGaps(request, request.getLevelId());
    }

    /**
     * The same for an approval that releases information only up to {@code releasableLevelId} (a level of the sending
     * party, at most the visit's): the facilities need clearances up to that level.
     */
    public List<FacilityClearanceGap> facilityGaps(VisitRequest request, String releasableLevelId) {
        return facilityGaps(request.getAgreementId(), request.getHostParty(), request.getRequestingFacilityId(),
                request.getHostFacilityId(), releasableLevelId, request.getEndDate());
    }

    /** The same for a request not filed yet (the form's data): both facilities, the level, the last day. */
    public List<FacilityClearanceGap> facilityGaps(String agreementId, String hostParty, String requestingFacilityId,
                                                   String hostFacilityId, String levelId, LocalDate lastDay) {
        List<FacilityClearanceGap> gaps = new ArrayList<>();
        gap(requestingFacilityId, false, Optional.of(levelId), lastDay).ifPresent(gaps::add);
        Optional<String> hostLevel = equivalences.equivalentOf(agreementId, levelId, hostParty).preferred()
                .map(ClassificationLevel::getId);
        gap(hostFacilityId, true, hostLevel, lastDay).ifPresent(gaps::add);
        return gaps;
    }

    private Optional<FacilityClearanceGap> gap(String facilityId, boolean host, Optional<String> requiredLevelId,
                                               LocalDate until) {
        Optional<FacilityEntry> found = facilities.find(facilityId);
        if (found.isEmpty()) {
            return Optional.of(new FacilityClearanceGap(facilityId, host, FacilityClearanceGap.Kind.NOT_REGISTERED,
                    null, null, requiredLevelId.orElse(null), null, until));
        }
        FacilityEntry f = found.get();
        FacilityClearanceGap.Kind kind = null;
        if (f.fscStatus() != FscStatus.VALID) {
            kind = FacilityClearanceGap.Kind.NOT_VALID;
        } else if (f.fscExpiresOn() != null && f.fscExpiresOn().isBefore(until)) {
            kind = FacilityClearanceGap.Kind.EXPIRES_TOO_EARLY;
        } else if (f.fscLevelId() == null || requiredLevelId.isEmpty()
                || !equivalences.level(f.fscLevelId()).isAtLeast(equivalences.level(requiredLevelId.get()))) {
            kind = FacilityClearanceGap.Kind.LEVEL_TOO_LOW;
        }
        return Optional.ofNullable(kind).map(k -> new FacilityClearanceGap(facilityId, host, k, f.fscStatus(),
                f.fscLevelId(), requiredLevelId.orElse(null), f.fscExpiresOn(), until));
    }

    /**
     * Visitors taken from the PSC register whose clearance the register no longer shows valid, unexpired on the
     * visit's last day and at least at {@code levelId} (a level of the sending party): by passport name.
     */
    public List<String> visitorsNoLongerCleared(VisitRequest request, String levelId) {
        ClassificationLevel needed = equivalences.level(levelId);
        List<String> names = new ArrayList<>();
        for (Visitor visitor : request.getVisitors()) {
            if (visitor.getPersonnelClearanceId() == null) {
                continue;
            }
            boolean cleared = register.entry(visitor.getPersonnelClearanceId())
                    .filter(p -> p.getStatus() == org.gsoia.workflow.clearance.PscStatus.VALID)
                    .filter(p -> !p.getExpiresOn().isBefore(request.getEndDate()))
                    .filter(p -> equivalences.level(p.getLevelId()).getPartyCode().equals(needed.getPartyCode())
                            && equivalences.level(p.getLevelId()).isAtLeast(needed)).isPresent();
            if (!cleared) {
                VisitorData data = visitor.toData();
                names.add(data.surnamePassport() + ", " + data.givenNamesPassport());
            }
        }
        return names;
    }

    /** Host working days between submission and the visit's first day. */
    public int leadWorkingDays(VisitRequest request) {
        WorkingDayCalendar host = calendars.forParty(request.getHostParty());
        LocalDate submitted = request.getSubmittedAt().atZoneSameInstant(host.zone()).toLocalDate();
        return host.workingDaysBetween(submitted, request.getStartDate());
    }

    /**
     * When the host authority decided, in its own time zone, and how many of its working days after the due date
     * (0: on time); empty while no decision stands.
     */
    public Optional<DecisionTiming> decisionTiming(VisitRequest request) {
        if (!request.getStatus().isDecided() || request.getDecidedAt() == null || request.getDecisionDueDate() == null) {
            return Optional.empty();
        }
        WorkingDayCalendar host = calendars.forParty(request.getHostParty());
        LocalDate decidedOn = request.getDecidedAt().atZoneSameInstant(host.zone()).toLocalDate();
        int late = Math.max(0, host.workingDaysBetween(request.getDecisionDueDate(), decidedOn));
        return Optional.of(new DecisionTiming(decidedOn, request.getDecisionDueDate(), late));
    }

    /** The day of a decision, its due date and the host working days it came after that (0: on time). */
    public record DecisionTiming(LocalDate decidedOn, LocalDate due, int workingDaysLate) {
    }

    public boolean leadTimeMet(VisitRequest request) {
        return leadWorkingDays(request)
                >= leadTimes.rule(request.getAgreementId(), request.getHostParty()).leadWorkingDays(request.getType());
    }
}
