package org.gsoia.workflow.visit.web;

import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.visit.Applicant;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the request form's context for an applicant: facilities, levels in dual marking, lead time. */
@Service
class VisitForms {

    private final VisitRequests visitRequests;
    private final FacilityRegister facilities;
    private final ReferenceData referenceData;
    private final DualMarkingFormatter marking;
    private final LeadTimes leadTimes;
    private final Agreements agreements;

    private final org.gsoia.workflow.clearance.PersonnelClearances register;

    VisitForms(VisitRequests visitRequests, FacilityRegister facilities, ReferenceData referenceData,
               DualMarkingFormatter marking, LeadTimes leadTimes, Agreements agreements,
               org.gsoia.workflow.clearance.PersonnelClearances register) {
        this.register = register;
        this.visitRequests = visitRequests;
        this.facilities = facilities;
        this.referenceData = referenceData;
        this.marking = marking;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
    }

    @Transactional(readOnly = true)
    VisitFormContext contextFor(String userId, Locale locale) {
        Applicant applicant = visitRequests.applicant(userId);
        String agreementId = agreements.currentId();
        return new VisitFormContext(facilities.ofOrganisation(applicant.organisationId()),
                facilities.ofParty(applicant.hostParty()),
                referenceData.levelsOf(applicant.sendingParty()),
                level -> marking.format(agreementId, level.getId(), applicant.hostParty(), locale),
                type -> leadTimes.earliestVisitDate(agreementId, applicant.hostParty(), type), locale,
                new RegisteredStaff(userId, applicant.organisationId(), register));
    }
}
