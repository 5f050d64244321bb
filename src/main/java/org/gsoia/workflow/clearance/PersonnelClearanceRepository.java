package org.gsoia.workflow.clearance;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonnelClearanceRepository extends JpaRepository<PersonnelClearance, Long> {
}
