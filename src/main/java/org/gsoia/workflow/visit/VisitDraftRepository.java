package org.gsoia.workflow.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitDraftRepository extends JpaRepository<VisitDraft, Long> {

    List<VisitDraft> findByOwnerUserIdOrderBySavedAtDesc(String ownerUserId);
}
