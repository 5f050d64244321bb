package org.gsoia.workflow.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseCommentRepository extends JpaRepository<CaseComment, Long> {

    List<CaseComment> findByReferenceOrderByCreatedAtAscIdAsc(String reference);
}
