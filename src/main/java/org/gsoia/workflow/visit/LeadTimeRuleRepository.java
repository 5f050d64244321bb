package org.gsoia.workflow.visit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadTimeRuleRepository extends JpaRepository<LeadTimeRule, LeadTimeRule.Key> {

    Optional<LeadTimeRule> findByAgreementIdAndHostParty(String agreementId, String hostParty);
}
