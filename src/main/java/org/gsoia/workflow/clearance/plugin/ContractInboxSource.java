package org.gsoia.workflow.clearance.plugin;

import java.util.Optional;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractProcedure;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/** A contract's periodic report in the inbox: the contractor's organisation, the contract's highest level. */
@Component
class ContractInboxSource implements InboxCaseSource {

    private final ClassifiedContracts contracts;
    private final FacilityRegister facilities;
    private final EquivalenceService equivalences;

    ContractInboxSource(ClassifiedContracts contracts, FacilityRegister facilities, EquivalenceService equivalences) {
        this.contracts = contracts;
        this.facilities = facilities;
        this.equivalences = equivalences;
    }

    @Override
    public Procedure procedure() {
        return ContractProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return contracts.byReference(reference).map(contract -> new InboxCaseFacts(
                facilities.find(contract.getContractorFacilityId()).map(f -> f.organisationId()).orElse(null),
                contract.getContractorParty(), contract.getAgreementId(), contract.getHighestLevelId(),
                contract.getContractingParty(), equivalences.level(contract.getHighestLevelId()).getRank(), null));
    }
}
