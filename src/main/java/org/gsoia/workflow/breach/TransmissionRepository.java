package org.gsoia.workflow.breach;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransmissionRepository extends JpaRepository<Transmission, Long> {

    Optional<Transmission> findByReference(String reference);
}
