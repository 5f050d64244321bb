package org.gsoia.workflow.visit;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.FacilityClearanceWithdrawn;
import org.gsoia.workflow.clearance.PersonnelClearanceWithdrawn;
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

    /** Requests per bulk update (PostgreSQL takes far more parameters; this keeps statements small). */
    private static final int CHUNK = 1_000;

    private final jakarta.persistence.EntityManager entityManager;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;

    ClearanceChangePropagation(jakarta.persistence.EntityManager entityManager, RuntimeService runtimeService,
                               ActingUser actingUser, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearanceWithdrawn(FacilityClearanceWithdrawn change) {
        propagate("select reference, status from visit_request"
                        + " where (host_facility_id = :subject or requesting_facility_id = :subject)"
                        + " and status not in (:ended) order by id for update", change.facilityId(),
                new Change(change.facilityId(), null, change.changedTo(), change.changedAt(), change.changedBy()));
    }

    /**
     * A visitor's personnel clearance was suspended, revoked, let expire or downgraded: every open request naming
     * that person as a visitor taken from the PSC register is treated as for a facility's change (R-FC-06).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void personnelClearanceWithdrawn(PersonnelClearanceWithdrawn change) {
        propagate("select r.reference, r.status from visit_request r where r.id in (select v.visit_request_id from"
                        + " visit_visitor v where v.personnel_clearance_id = :subject) and r.status not in (:ended)"
                        + " order by r.id for update", change.personnelClearanceId(),
                new Change(change.facilityId(), change.person(), change.changedTo(), change.changedAt(),
                        change.changedBy()));
    }

    /** What changed, as the requests record it: a facility's clearance, or a named visitor's. */
    private record Change(String facilityId, String person, String changedTo, java.time.OffsetDateTime changedAt,
                          String changedBy) {
    }

    private void propagate(String dependentQuery, Object subject, Change change) {
        // the requests' rows are locked, in one order, like every other change of a request; they are changed by
        // bulk updates, never loaded: a thousand managed requests would make every later query of the
        // transaction flush-check all of them
        @SuppressWarnings("unchecked")
        List<Object[]> dependent = entityManager.createNativeQuery(dependentQuery)
                .setParameter("subject", subject)
                .setParameter("ended", VisitStatus.ENDED.stream().map(Enum::name).toList())
                .getResultList();
        List<String> references = dependent.stream().map(row -> (String) row[0]).toList();
        for (int from = 0; from < references.size(); from += CHUNK) {
            List<String> chunk = references.subList(from, Math.min(references.size(), from + CHUNK));
            entityManager.createQuery("update VisitRequest r set r.statusBeforeSuspension = r.status,"
                            + " r.status = :suspended where r.reference in :references and r.status in :suspendable")
                    .setParameter("suspended", VisitStatus.SUSPENDED).setParameter("references", chunk)
                    .setParameter("suspendable", VisitStatus.SUSPENDABLE).executeUpdate();
            entityManager.createQuery("update VisitRequest r set r.clearanceChangedAt = :at,"
                            + " r.clearanceChangedFacilityId = :facility, r.clearanceChangedPerson = :person,"
                            + " r.clearanceChangedTo = :changedTo, r.version = r.version + 1"
                            + " where r.reference in :references")
                    .setParameter("at", change.changedAt()).setParameter("facility", change.facilityId())
                    .setParameter("person", change.person())
                    .setParameter("changedTo", change.changedTo()).setParameter("references", chunk)
                    .executeUpdate();
        }
        // the cases' process instances in one query per chunk, so that each correlation finds its execution by id
        java.util.Map<String, String> instances = new java.util.HashMap<>();
        for (int from = 0; from < references.size(); from += CHUNK) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select BUSINESS_KEY_, ID_ from ACT_RU_EXECUTION"
                            + " where ID_ = PROC_INST_ID_ and BUSINESS_KEY_ in (:references)")
                    .setParameter("references", references.subList(from, Math.min(references.size(), from + CHUNK)))
                    .getResultList();
            rows.forEach(row -> instances.put((String) row[0], (String) row[1]));
        }
        actingUser.run(change.changedBy(), () -> {
            for (Object[] row : dependent) {
                String reference = (String) row[0];
                VisitStatus before = VisitStatus.valueOf((String) row[1]);
                boolean suspended = VisitStatus.SUSPENDABLE.contains(before);
                String instance = instances.get(reference);
                if (before != VisitStatus.SUSPENDED && instance != null) {
                    // one review of a suspension at a time: a further change is on file and meets that review
                    runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_CLEARANCE_CHANGED)
                            .processInstanceId(instance)
                            .setVariables(ProcessValues.of(VisitProcess.VISIT_SUSPENDED, suspended).asMap())
                            .correlateAllWithResult();
                }
            }
        });
        // audited after the correlations: each correlation queries the inbox's facts, and every audit event the
        // persistence context holds then would be flush-checked again by every one of those queries
        for (Object[] row : dependent) {
            boolean suspended = VisitStatus.SUSPENDABLE.contains(VisitStatus.valueOf((String) row[1]));
            auditLog.record(change.changedBy(), suspended ? "VISIT_SUSPENDED" : "VISIT_CLEARANCE_CHANGED",
                    (String) row[0], (change.person() == null ? change.facilityId() : "PSC-" + subject) + ": "
                            + change.changedTo());
        }
    }
}
