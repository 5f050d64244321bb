package org.gsoia.workflow.visit;

import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/** Spring Data's fragment implementation of {@link VisitRequestByReference}: Hibernate's natural-id lookup. */
class VisitRequestByReferenceImpl implements VisitRequestByReference {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<VisitRequest> byReference(String reference) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(VisitRequest.class).loadOptional(reference);
    }
}
