package org.gsoia.workflow.clearance;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<ClassifiedContract, Long> {

    Optional<ClassifiedContract> findByReference(String reference);

    /** The contract for a change, its row locked until the change commits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ClassifiedContract c where c.reference = :reference")
    Optional<ClassifiedContract> lockByReference(String reference);
}
