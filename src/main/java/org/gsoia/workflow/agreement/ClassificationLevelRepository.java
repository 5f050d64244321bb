package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassificationLevelRepository extends JpaRepository<ClassificationLevel, String> {

    /** Most sensitive first, as pick lists show them. */
    List<ClassificationLevel> findByPartyCodeOrderByRankDesc(String partyCode);
}
