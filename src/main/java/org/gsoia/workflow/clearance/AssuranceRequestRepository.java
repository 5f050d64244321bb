package org.gsoia.workflow.clearance;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssuranceRequestRepository extends JpaRepository<AssuranceRequest, Long> {

    Optional<AssuranceRequest> findByReference(String reference);

    /** The request, locked until the transaction ends: its changes happen one after the other, never racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AssuranceRequest r where r.reference = :reference")
    Optional<AssuranceRequest> lockByReference(@Param("reference") String reference);
}
