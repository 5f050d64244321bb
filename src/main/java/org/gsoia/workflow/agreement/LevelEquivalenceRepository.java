package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LevelEquivalenceRepository extends JpaRepository<LevelEquivalence, String> {

    @Query("""
            select e from LevelEquivalence e join fetch e.fromLevel left join fetch e.toLevel
            where e.agreementId = :agreementId""")
    List<LevelEquivalence> findByAgreement(@Param("agreementId") String agreementId);

    @Query("""
            select e from LevelEquivalence e join fetch e.fromLevel left join fetch e.toLevel
            where e.agreementId = :agreementId and e.fromLevel.id = :fromLevelId and e.toPartyCode = :toPartyCode""")
    List<LevelEquivalence> findRows(@Param("agreementId") String agreementId,
            @Param("fromLevelId") String fromLevelId, @Param("toPartyCode") String toPartyCode);
}
