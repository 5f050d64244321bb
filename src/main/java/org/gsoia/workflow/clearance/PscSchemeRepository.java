package org.gsoia.workflow.clearance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PscSchemeRepository extends JpaRepository<PscScheme, String> {

    List<PscScheme> findByPartyCodeOrderByCode(String partyCode);
}
