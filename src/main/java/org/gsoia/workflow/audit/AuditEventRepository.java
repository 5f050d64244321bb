package org.gsoia.workflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByUserIdOrderByOccurredAtDesc(String userId);

    List<AuditEvent> findBySubjectOrderByOccurredAtAsc(String subject);
}
