package org.gsoia.workflow.clearance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClearanceHistoryRepository extends JpaRepository<ClearanceHistoryEntry, Long> {

    /** Newest first; entries of one moment in the order they were recorded. */
    Page<ClearanceHistoryEntry> findByFacilityIdOrderByChangedAtDescIdDesc(String facilityId, Pageable pageable);

    long countByFacilityId(String facilityId);
}
