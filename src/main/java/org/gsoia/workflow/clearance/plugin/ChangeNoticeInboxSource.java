package org.gsoia.workflow.clearance.plugin;

import java.util.Optional;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.clearance.ChangeNoticeProcedure;
import org.gsoia.workflow.clearance.ChangeNotices;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/** A change notice in the inbox: from the notifying authority, held by the other party, due at once (no date). */
@Component
class ChangeNoticeInboxSource implements InboxCaseSource {

    private final ChangeNotices notices;
    private final OrganisationDirectory organisations;

    ChangeNoticeInboxSource(ChangeNotices notices, OrganisationDirectory organisations) {
        this.notices = notices;
        this.organisations = organisations;
    }

    @Override
    public Procedure procedure() {
        return ChangeNoticeProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return notices.byReference(reference).map(notice -> new InboxCaseFacts(notice.getNotifyingAuthorityId(),
                party(notice.getReceivingAuthorityId()), notice.getAgreementId(), notice.getLevelBeforeId(),
                party(notice.getNotifyingAuthorityId()), null, null));
    }

    private String party(String organisationId) {
        return organisations.find(organisationId).map(OrganisationSummary::partyCode).orElse(null);
    }
}
