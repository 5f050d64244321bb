package org.gsoia.workflow.visit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * All rules a request must meet before it is saved: the field rules of {@link VisitRequestData} and the rules
 * that need reference data (facilities, levels, lead time). The form, the REST API and the process's intake
 * check all use this one validator, so they can never disagree.
 */
@Component
class VisitRequestValidator {

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final Validator validator;
    private final FacilityRegister facilities;
    private final EquivalenceService equivalences;
    private final LeadTimes leadTimes;

    VisitRequestValidator(Validator validator, FacilityRegister facilities, EquivalenceService equivalences,
                          LeadTimes leadTimes) {
        this.validator = validator;
        this.facilities = facilities;
        this.equivalences = equivalences;
        this.leadTimes = leadTimes;
    }

    /** Every problem of the request as the given applicant organisation of the given party would submit it now. */
    public List<FieldProblem> problems(VisitRequestData data, String agreementId, String applicantOrganisationId,
                                       String sendingParty, String hostParty) {
        return problems(data, agreementId, applicantOrganisationId, sendingParty, hostParty,
                leadTimes.today(hostParty));
    }

    /**
     * Every problem of the request, with the lead time counted from the given day: today for a submission, the
     * filing day for a change of a filed request ({@code LeadTimes.leadTimeCountsFrom}). The visit never starts in
     * the past.
     */
    public List<FieldProblem> problems(VisitRequestData data, String agreementId, String applicantOrganisationId,
                                       String sendingParty, String hostParty, LocalDate leadTimeCountsFrom) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<VisitRequestData> violation : validator.validate(data)) {
            problems.add(FieldProblem.of(violation.getPropertyPath().toString()
                    .replaceAll("\\.<list element>", "").replaceAll("<list element>", ""), violation.getMessage()));
        }
        Set<String> withControlCharacters = problems.stream()
                .filter(problem -> problem.messageKey().equals(ControlCharacters.MESSAGE_KEY))
                .map(FieldProblem::field).collect(Collectors.toSet());
        if (!withControlCharacters.isEmpty()) {
            // no lookup of reference data with such a value (PostgreSQL fails on a NUL in a query), and one clear
            // message for such a field rather than also its format's
            return problems.stream().filter(problem -> !withControlCharacters.contains(problem.field())
                    || problem.messageKey().equals(ControlCharacters.MESSAGE_KEY)).distinct().toList();
        }
        checkFacilities(data, applicantOrganisationId, hostParty, problems);
        checkLevel(data.levelId(), "levelId", agreementId, sendingParty, hostParty, problems);
        checkDates(data, agreementId, hostParty, leadTimeCountsFrom, problems);
        checkEmergency(data, problems);
        checkVisitors(data, sendingParty, problems);
        return problems.stream().distinct().toList();
    }

    private void checkFacilities(VisitRequestData data, String applicantOrganisationId, String hostParty,
                                 List<FieldProblem> problems) {
        if (notBlank(data.requestingFacilityId()) && facility(data.requestingFacilityId())
                .filter(f -> f.organisationId().equals(applicantOrganisationId)).isEmpty()) {
            problems.add(FieldProblem.of("requestingFacilityId", "validation.facility.notYours"));
        }
        if (notBlank(data.hostFacilityId()) && facility(data.hostFacilityId())
                .filter(f -> f.partyCode().equals(hostParty)).isEmpty()) {
            problems.add(FieldProblem.of("hostFacilityId", "validation.facility.notHost"));
        }
    }

    private Optional<FacilityEntry> facility(String id) {
        return facilities.find(id);
    }

    private void checkLevel(String levelId, String field, String agreementId, String sendingParty, String hostParty,
                            List<FieldProblem> problems) {
        if (checkSendingLevel(levelId, field, sendingParty, problems)
                && equivalences.equivalentOf(agreementId, levelId, hostParty).blocksExchange()) {
            problems.add(FieldProblem.of(field, "validation.level.noEquivalent"));
        }
    }

    /** True when the level is one of the sending party's; otherwise records the problem. */
    private boolean checkSendingLevel(String levelId, String field, String sendingParty, List<FieldProblem> problems) {
        if (!notBlank(levelId)) {
            return false;
        }
        Optional<ClassificationLevel> level = level(levelId);
        if (level.isEmpty() || !level.get().getPartyCode().equals(sendingParty)) {
            problems.add(FieldProblem.of(field, "validation.level.notSending"));
            return false;
        }
        return true;
    }

    private Optional<ClassificationLevel> level(String levelId) {
        try {
            return Optional.of(equivalences.level(levelId));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void checkDates(VisitRequestData data, String agreementId, String hostParty, LocalDate leadTimeCountsFrom,
                            List<FieldProblem> problems) {
        if (data.startDate() == null || data.type() == null) {
            return;
        }
        LocalDate today = leadTimes.today(hostParty);
        LocalDate earliest = leadTimes.earliestVisitDate(agreementId, hostParty, data.type(), leadTimeCountsFrom);
        if (data.startDate().isBefore(today)) {
            problems.add(FieldProblem.of("startDate", "validation.startInPast", today));
        } else if (data.startDate().isBefore(earliest)) {
            problems.add(FieldProblem.of("startDate", "validation.leadTime", earliest));
        }
        if (data.endDate() == null) {
            return;
        }
        if (data.endDate().isBefore(data.startDate())) {
            problems.add(FieldProblem.of("endDate", "validation.endBeforeStart"));
        } else if (data.type() == VisitType.RECURRING
                && data.endDate().isAfter(leadTimes.latestRecurringEnd(agreementId, hostParty, data.startDate()))) {
            problems.add(FieldProblem.of("endDate", "validation.recurringTooLong",
                    leadTimes.rule(agreementId, hostParty).getMaxRecurringMonths()));
        } else if (data.type() != VisitType.RECURRING) {
            int maxDays = leadTimes.rule(agreementId, hostParty).getMaxOneTimeDays();
            if (data.endDate().isAfter(data.startDate().plusDays(maxDays - 1L))) {
                problems.add(FieldProblem.of("endDate", "validation.oneTimeTooLong", maxDays));
            }
        }
    }

    private void checkEmergency(VisitRequestData data, List<FieldProblem> problems) {
        if (data.type() != VisitType.EMERGENCY) {
            return;
        }
        if (!notBlank(data.emergencyJustification())) {
            problems.add(FieldProblem.of("emergencyJustification", "validation.emergency.justification"));
        }
        if (!notBlank(data.priorCoordinationNote())) {
            problems.add(FieldProblem.of("priorCoordinationNote", "validation.emergency.coordination"));
        }
    }

    private void checkVisitors(VisitRequestData data, String sendingParty, List<FieldProblem> problems) {
        Set<String> passports = new HashSet<>();
        for (int i = 0; i < data.visitors().size(); i++) {
            VisitorData visitor = data.visitors().get(i);
            if (visitor == null) {
                continue;
            }
            String prefix = "visitors[" + i + "].";
            if (notBlank(visitor.nationality()) && visitor.nationality().matches("[A-Z]{3}")
                    && !COUNTRIES.contains(visitor.nationality())) {
                problems.add(FieldProblem.of(prefix + "nationality", "validation.nationality"));
            }
            // a clearance is the sending party's own business: it needs no equivalent, only to be one of its levels
            if (checkSendingLevel(visitor.clearanceLevelId(), prefix + "clearanceLevelId", sendingParty, problems)
                    && notBlank(data.levelId()) && level(data.levelId()).filter(l -> l.getPartyCode().equals(sendingParty))
                    .filter(visitLevel -> !equivalences.level(visitor.clearanceLevelId()).isAtLeast(visitLevel)).isPresent()) {
                problems.add(FieldProblem.of(prefix + "clearanceLevelId", "validation.visitor.clearanceTooLow"));
            }
            if (visitor.clearanceExpiresOn() != null && data.endDate() != null
                    && visitor.clearanceExpiresOn().isBefore(data.endDate())) {
                problems.add(FieldProblem.of(prefix + "clearanceExpiresOn", "validation.visitor.clearanceExpires"));
            }
            if (notBlank(visitor.passportNumber()) && !passports.add(visitor.passportNumber())) {
                problems.add(FieldProblem.of(prefix + "passportNumber", "validation.visitor.duplicate"));
            }
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
