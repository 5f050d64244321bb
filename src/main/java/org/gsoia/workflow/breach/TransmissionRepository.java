package org.gsoia.workflow.breach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransmissionRepository extends JpaRepository<Transmission, Long> {

    Optional<Transmission> findByReference(String reference);

    List<Transmission> findBySenderOrganisationIdOrderByDispatchedAtDescIdDesc(String organisationId,
                                                                               Pageable page);

    long countBySenderOrganisationId(String organisationId);
}
