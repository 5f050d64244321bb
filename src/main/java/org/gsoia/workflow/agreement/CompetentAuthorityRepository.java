package org.gsoia.workflow.agreement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CompetentAuthorityRepository extends JpaRepository<CompetentAuthority, String> {

    List<CompetentAuthority> findByAgreementIdOrderById(String agreementId);

    /** Who acts in {@code role} for {@code partyCode} on {@code day}, e.g. the Japanese visit authority today. */
    @Query("""
            select a from CompetentAuthority a join fetch a.organisation o
            where a.agreementId = :agreementId and o.partyCode = :partyCode and a.role = :role
              and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
            order by a.id""")
    List<CompetentAuthority> findActing(@Param("agreementId") String agreementId,
            @Param("partyCode") String partyCode, @Param("role") AuthorityRole role, @Param("day") LocalDate day);
}
