package org.gsoia.workflow.visit;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.FacilityClearanceWithdrawn;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a facility's suspended, revoked or downgraded clearance to every open visit request of that facility, as
 * host or as requesting facility (R-FC-06, R-VI-09), in the transaction of the register change: the request records
 * the change (the applicant reads it on the request), an approved visit is suspended, and the host authority gets
 * a task at once (decide again, or lift or confirm the suspension). A request that waits outside the case
 * (for the applicant's correction) gets no task: the change is on file, and the approval gate meets it later.
 */
@Component
class ClearanceChangePropagation {

    private final jakarta.persistence.EntityManager entityManager;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditLog auditLog;

    ClearanceChangePropagation(jakarta.persistence.EntityManager entityManager, RuntimeService runtimeService,
                               IdentityService identityService, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.auditLog = auditLog;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearanceWithdrawn(FacilityClearanceWithdrawn change) {
        // locked, in one order, like every other change of a request: an officer deciding at this moment waits
        List<VisitRequest> dependent = entityManager.createQuery("select r from VisitRequest r"
                        + " where (r.hostFacilityId = :facility or r.requestingFacilityId = :facility)"
                        + " and r.status not in :ended order by r.id", VisitRequest.class)
                .setParameter("facility", change.facilityId())
                .setParameter("ended", List.of(VisitStatus.REJECTED, VisitStatus.CANCELLED, VisitStatus.COMPLETED,
                        VisitStatus.EXPIRED, VisitStatus.APPROVAL_WITHDRAWN))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        String previousUser = identityService.getCurrentAuthentication() == null ? null
                : identityService.getCurrentAuthentication().getUserId();
        identityService.setAuthenticatedUserId(change.changedBy());
        try {
            for (VisitRequest request : dependent) {
                boolean alreadySuspended = request.getStatus() == VisitStatus.SUSPENDED;
                boolean suspended = request.recordClearanceChange(change.facilityId(), change.changedTo(),
                        change.changedAt());
                if (!alreadySuspended) {
                    // one review of a suspension at a time: a further change is on file and meets that review
                    runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_CLEARANCE_CHANGED)
                            .processInstanceBusinessKey(request.getReference())
                            .setVariables(ProcessValues.of(VisitProcess.VISIT_SUSPENDED, suspended).asMap())
                            .correlateAllWithResult();
                }
                auditLog.record(change.changedBy(), suspended ? "VISIT_SUSPENDED" : "VISIT_CLEARANCE_CHANGED",
                        request.getReference(), change.facilityId() + ": " + change.changedTo());
            }
        } finally {
            if (previousUser == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthenticatedUserId(previousUser);
            }
        }
    }
}
