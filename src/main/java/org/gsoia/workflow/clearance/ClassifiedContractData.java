package org.gsoia.workflow.clearance;

/**
 * What the contracting party's authority records of a classified contract (R-FC-05).
 *
 * @param contractingEntity    the government office or prime contractor that awards the contract
 * @param contractNumber       the contracting entity's own reference
 * @param subject              what the contract is about, unclassified wording
 * @param contractorFacilityId the contractor's facility in the register
 * @param highestLevelId       the highest level of the contract, in the contracting party's scale
 * @param securityClause       the security requirements clause
 * @param guideReference       the SAL or classification guide (VS-Einstufungsliste)
 */
public record ClassifiedContractData(String contractingEntity, String contractNumber, String subject,
                                     String contractorFacilityId, String highestLevelId, String securityClause,
                                     String guideReference) {
}
