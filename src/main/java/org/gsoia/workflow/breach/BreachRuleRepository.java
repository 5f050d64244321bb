package org.gsoia.workflow.breach;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreachRuleRepository extends JpaRepository<BreachRule, BreachRule.Key> {
}
