package org.gsoia.workflow.clearance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<FacilityInspection, Long> {

    Optional<FacilityInspection> findByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from FacilityInspection i where i.reference = :reference")
    Optional<FacilityInspection> lockByReference(String reference);

    List<FacilityInspection> findByFacilityIdOrderByDueOnDescIdDesc(String facilityId);
}
