package org.gsoia.workflow.visit.letter;

import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out a request's decision letter once the decision is final (confirmed where four eyes are needed), only
 * to people who may read the request, built for the reader's role (passport numbers for the authorities only);
 * every download is in the audit trail.
 */
@Service
public class DecisionLetters {

    private final VisitRequests visitRequests;
    private final DecisionLetter letter;
    private final AuditLog auditLog;
    private final UserDirectory users;

    DecisionLetters(VisitRequests visitRequests, DecisionLetter letter, AuditLog auditLog, UserDirectory users) {
        this.visitRequests = visitRequests;
        this.users = users;
        this.letter = letter;
        this.auditLog = auditLog;
    }

    /** A letter exists once the host authority's approval or rejection stands. */
    public static boolean isAvailable(VisitRequest request) {
        return request.getStatus().isDecided() && request.isDecisionCommunicated();
    }

    @Transactional
    public Optional<byte[]> forUser(String reference, String userId, Locale locale) {
        return visitRequests.find(reference, userId).filter(DecisionLetters::isAvailable).map(request -> {
            auditLog.record(userId, "VISIT_LETTER_DOWNLOADED", reference, locale.getLanguage());
            boolean authority = users.find(userId).map(account -> account.roles().contains(Role.AUTHORITY))
                    .orElse(false);
            return letter.render(request, locale, authority);
        });
    }

    public static String fileName(String reference) {
        return reference + "-decision.pdf";
    }
}
