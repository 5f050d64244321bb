package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement this installation serves ({@code gsoia.agreement-id}); every rule lookup is keyed to it. */
@Service
@Transactional(readOnly = true)
public class Agreements {

    private final AgreementRepository agreements;
    private final String currentId;

    Agreements(AgreementRepository agreements, @Value("${gsoia.agreement-id}") String currentId) {
        this.agreements = agreements;
        this.currentId = currentId;
    }

    public String currentId() {
        return currentId;
    }

    public Agreement current() {
        return agreements.findById(currentId)
                .orElseThrow(() -> new IllegalStateException("gsoia.agreement-id " + currentId + " is not in table agreement"));
    }

    /** The two parties' codes, e.g. {@code [JP, DE]}. */
    public List<String> parties() {
        Agreement agreement = current();
        return List.of(agreement.getPartyA(), agreement.getPartyB());
    }

    /** The party on the other side of an exchange from the given one. */
    public String otherParty(String partyCode) {
        return current().counterpartOf(partyCode);
    }
}
