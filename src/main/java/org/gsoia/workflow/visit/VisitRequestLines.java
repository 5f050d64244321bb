package org.gsoia.workflow.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Pages of an organisation's requests, newest filed first, read from the request rows alone (indexes
 * {@code ix_visit_request_org_filed} and {@code ix_visit_request_org_status_filed}): one query per page, never a
 * query per request.
 */
@Component
class VisitRequestLines {

    /** The most rows one page may hold. */
    static final int MAX_PAGE = 200;

    private final EntityManager entityManager;

    VisitRequestLines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<VisitRequestLine> page(String organisationId, VisitStatus status, int offset, int limit) {
        String jpql = "select new " + VisitRequestLine.class.getName() + "(r.reference, r.status, r.type, "
                + "r.startDate, r.endDate, r.hostFacilityId, r.decisionDueDate, r.escalated, r.submittedAt) "
                + "from VisitRequest r where r.applicantOrganisationId = :organisation"
                + (status == null ? "" : " and r.status = :status") + " order by r.submittedAt desc, r.id desc";
        TypedQuery<VisitRequestLine> query = entityManager.createQuery(jpql, VisitRequestLine.class)
                .setParameter("organisation", organisationId)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }
}
