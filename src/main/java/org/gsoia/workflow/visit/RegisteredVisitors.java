package org.gsoia.workflow.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PersonnelClearances;
import org.gsoia.workflow.clearance.PscStatus;
import org.gsoia.workflow.procedure.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Visitors taken from the PSC register (R-FC-08): their names, birth date and clearance are the register's, whatever
 * the form sent (so an entry cannot be lent to someone else), each entry at most once per request, and only people of
 * the applicant's own organisation's facilities can be taken. A visitor typed in is left as typed; the sending
 * authority certifies that one.
 */
@Component
class RegisteredVisitors {

    private final PersonnelClearances register;
    private final OrganisationDirectory organisations;

    RegisteredVisitors(PersonnelClearances register, OrganisationDirectory organisations) {
        this.register = register;
        this.organisations = organisations;
    }

    /** The request's data with each registered visitor's clearance as recorded, and what could not be taken. */
    Resolved resolve(VisitRequestData data, String organisationId) {
        if (data.visitors() == null) {
            return new Resolved(data, List.of());
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<VisitorData> visitors = new ArrayList<>();
        java.util.Set<Long> taken = new java.util.HashSet<>();
        for (int i = 0; i < data.visitors().size(); i++) {
            VisitorData visitor = data.visitors().get(i);
            if (visitor == null || visitor.personnelClearanceId() == null) {
                visitors.add(visitor);
                continue;
            }
            Optional<PersonnelClearance> entry = register.ofOrganisation(visitor.personnelClearanceId(),
                    organisationId);
            if (entry.isEmpty()) {
                problems.add(FieldProblem.of("visitors[" + i + "].personnelClearanceId",
                        "validation.visitor.notInRegister"));
                visitors.add(visitor);
                continue;
            }
            PersonnelClearance psc = entry.get();
            if (!taken.add(psc.getId())) {
                problems.add(FieldProblem.of("visitors[" + i + "].personnelClearanceId",
                        "validation.visitor.registerTwice"));
            } else if (psc.getStatus() != PscStatus.VALID) {
                problems.add(FieldProblem.of("visitors[" + i + "].personnelClearanceId",
                        "validation.visitor.registerNotValid"));
            }
            visitors.add(visitor.asRegistered(psc.getNameNative(), psc.getNamePassport(), psc.getDateOfBirth(),
                    psc.getLevelId(), organisations.displayName(psc.getIssuingAuthorityId(), Locale.ENGLISH),
                    psc.getExpiresOn()));
        }
        return new Resolved(data.withVisitors(visitors), problems);
    }

    /** The data as it will be saved, and the problems of taking visitors from the register. */
    record Resolved(VisitRequestData data, List<FieldProblem> problems) {
    }
}
