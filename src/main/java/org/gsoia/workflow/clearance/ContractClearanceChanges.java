package org.gsoia.workflow.clearance;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a withdrawn clearance to every open classified contract that depends on it (R-FC-06, domain §8.2 step 8), in
 * the transaction of the register change: the contractor's FSC, or the PSC of a person named for the contract. The
 * contract records the change and the contracting party's authority gets "Secure the information released" at once;
 * the release gate refuses further releases by itself.
 */
@Component
class ContractClearanceChanges {

    private final jakarta.persistence.EntityManager entityManager;
    private final FacilityRegister facilities;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;

    ContractClearanceChanges(jakarta.persistence.EntityManager entityManager, FacilityRegister facilities,
                             RuntimeService runtimeService, ActingUser actingUser, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.facilities = facilities;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void facilityClearanceWithdrawn(FacilityClearanceWithdrawn change) {
        List<ClassifiedContract> dependent = entityManager.createQuery("select c from ClassifiedContract c"
                        + " where c.contractorFacilityId = :facility and c.status = :open order by c.id",
                        ClassifiedContract.class)
                .setParameter("facility", change.facilityId()).setParameter("open", ClassifiedContract.Status.OPEN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        String subject = facilities.find(change.facilityId()).map(f -> f.name()).orElse(change.facilityId());
        notify(dependent, subject, change.changedTo(), change.changedAt(), change.changedBy());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void personnelClearanceWithdrawn(PersonnelClearanceWithdrawn change) {
        List<ClassifiedContract> dependent = entityManager.createQuery("select c from ClassifiedContract c"
                        + " where :person member of c.staff and c.status = :open order by c.id",
                        ClassifiedContract.class)
                .setParameter("person", change.personnelClearanceId())
                .setParameter("open", ClassifiedContract.Status.OPEN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        notify(dependent, change.person(), change.changedTo(), change.changedAt(), change.changedBy());
    }

    private void notify(List<ClassifiedContract> contracts, String subject, String changedTo,
                        java.time.OffsetDateTime at, String changedBy) {
        actingUser.run(changedBy, () -> {
            for (ClassifiedContract contract : contracts) {
                contract.clearanceChanged(subject, changedTo, at);
                runtimeService.createMessageCorrelation(ContractProcess.MESSAGE_CLEARANCE_CHANGED)
                        .processInstanceBusinessKey(contract.getReference())
                        .setVariables(ProcessValues.of(ContractProcess.CONTRACTING_GROUP,
                                CaseGroups.securityAuthority(contract.getContractingAuthorityId())).asMap())
                        .correlateAllWithResult();
            }
        });
        // the audit names no person: the contract's own record holds who it was
        contracts.forEach(c -> auditLog.record(changedBy, "CONTRACT_CLEARANCE_CHANGED", c.getReference(), changedTo));
    }
}
