package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, String> {

    List<Organisation> findByPartyCodeOrderByNameEn(String partyCode);

    List<Organisation> findByKindOrderByNameEn(OrganisationKind kind);
}
