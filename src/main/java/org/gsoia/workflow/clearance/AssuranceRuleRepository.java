package org.gsoia.workflow.clearance;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssuranceRuleRepository extends JpaRepository<AssuranceRule, AssuranceRule.Key> {
}
