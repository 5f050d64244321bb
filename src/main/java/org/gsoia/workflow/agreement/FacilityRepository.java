package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FacilityRepository extends JpaRepository<Facility, String> {

    List<Facility> findByOrganisationIdOrderById(String organisationId);

    List<Facility> findByOrganisationPartyCodeOrderById(String partyCode);
}
