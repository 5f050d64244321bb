package org.gsoia.workflow.visit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRequestRepository extends JpaRepository<VisitRequest, Long> {

    Optional<VisitRequest> findByReference(String reference);
}
