package org.gsoia.workflow.breach;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BreachCaseRepository extends JpaRepository<BreachCase, Long> {

    Optional<BreachCase> findByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BreachCase b where b.reference = ?1")
    Optional<BreachCase> lockByReference(String reference);
}
