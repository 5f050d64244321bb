package org.gsoia.workflow.clearance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssuranceUpdateRepository extends JpaRepository<AssuranceUpdate, Long> {

    List<AssuranceUpdate> findByRequestIdOrderByIdDesc(Long requestId);
}
