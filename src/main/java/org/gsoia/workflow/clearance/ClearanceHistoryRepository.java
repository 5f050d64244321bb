package org.gsoia.workflow.clearance;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClearanceHistoryRepository extends JpaRepository<ClearanceHistoryEntry, Long> {

    long countByFacilityId(String facilityId);
}
