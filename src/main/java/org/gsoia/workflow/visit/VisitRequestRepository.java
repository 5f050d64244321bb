package org.gsoia.workflow.visit;

import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRequestRepository extends JpaRepository<VisitRequest, Long>, VisitRequestByReference {

    Optional<VisitRequest> findByReference(String reference);

    @Query("select new org.gsoia.workflow.visit.VisitRequestFacts(r.reference, r.applicantOrganisationId,"
            + " r.sendingParty, r.hostParty, r.agreementId, r.levelId, l.rank, r.decisionDueDate, r.startDate,"
            + " r.validUntil) from VisitRequest r"
            + " left join ClassificationLevel l on l.id = r.levelId and l.partyCode = r.sendingParty"
            + " where r.reference = :reference")
    Optional<VisitRequestFacts> factsByReference(@Param("reference") String reference);

    /**
     * The request, locked until the transaction ends: every change of a request (the applicant's amendment or
     * cancellation, an officer's task) takes this lock first, so that changes of one request happen one after the
     * other, each seeing the one before, and never race inside the engine.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from VisitRequest r where r.reference = :reference")
    Optional<VisitRequest> lockByReference(@Param("reference") String reference);
}
