package org.gsoia.workflow.clearance;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.process.ChangeNoticeProcess;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the other party's designated security authority at once when a facility's clearance is suspended, revoked,
 * withdrawn or downgraded (R-FC-06): a notice with an inbox task, started in the transaction of the register change.
 * Both parties' industrial-security officers read it; the other party's officers take note.
 */
@Service
public class ChangeNotices {

    private final ChangeNoticeRepository notices;
    private final AssuranceRequests requests;
    private final FacilityClearances clearances;
    private final Agreements agreements;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final ClearanceReferences references;

    ChangeNotices(ChangeNoticeRepository notices, AssuranceRequests requests, FacilityClearances clearances,
                  Agreements agreements, RuntimeService runtimeService,
                  ActingUser actingUser, AuditLog auditLog, ClearanceReferences references) {
        this.notices = notices;
        this.requests = requests;
        this.clearances = clearances;
        this.agreements = agreements;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.references = references;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearanceWithdrawn(FacilityClearanceWithdrawn change) {
        String otherParty = agreements.otherParty(change.partyCode());
        Optional<OrganisationSummary> notifying = clearances.issuingAuthoritiesOf(change.partyCode()).stream().findFirst();
        Optional<OrganisationSummary> receiving = clearances.issuingAuthoritiesOf(otherParty).stream().findFirst();
        if (notifying.isEmpty() || receiving.isEmpty()) {
            throw new IllegalStateException("No designated security authorities to notify between "
                    + change.partyCode() + " and " + otherParty);
        }
        String reference = references.nextNotice(Year.from(change.changedAt().atZoneSameInstant(ZoneOffset.UTC)));
        ChangeNotice notice = notices.save(new ChangeNotice(reference, agreements.currentId(), change,
                notifying.get().id(), receiving.get().id()));
        // started as the officer who changed the register, without losing whoever the engine acts for already
        actingUser.run(change.changedBy(), () -> {
            runtimeService.startProcessInstanceByKey(ChangeNoticeProcess.PROCESS_KEY, reference, ProcessValues
                    .of(ChangeNoticeProcess.RECEIVING_AUTHORITY_GROUP,
                            CaseGroups.securityAuthority(notice.getReceivingAuthorityId())).asMap());
        });
        auditLog.record(change.changedBy(), "FSC_CHANGE_NOTIFIED", reference, change.facilityId() + ": "
                + change.changedTo());
    }

    /** The notice if the user is an industrial-security officer of one of the two authorities. */
    @Transactional(readOnly = true)
    public Optional<ChangeNotice> find(String reference, String userId) {
        Optional<String> authority = requests.securityAuthorityOf(userId).map(OrganisationSummary::id);
        if (authority.isEmpty() || reference == null) {
            return Optional.empty();
        }
        return notices.findByReference(reference).filter(n -> n.getNotifyingAuthorityId().equals(authority.get())
                || n.getReceivingAuthorityId().equals(authority.get()));
    }

    @Transactional(readOnly = true)
    public Optional<ChangeNotice> byReference(String reference) {
        return reference == null ? Optional.empty() : notices.findByReference(reference);
    }

}
