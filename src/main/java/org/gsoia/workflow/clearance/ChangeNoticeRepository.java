package org.gsoia.workflow.clearance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeNoticeRepository extends JpaRepository<ChangeNotice, Long> {

    Optional<ChangeNotice> findByReference(String reference);
}
