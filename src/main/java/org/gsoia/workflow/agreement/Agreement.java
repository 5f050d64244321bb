package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** One bilateral security agreement in one version; every rule of the platform is keyed to its id. */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "agreement")
public class Agreement {

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    @Column(name = "title_de", nullable = false, length = 500)
    private String titleDe;

    @Column(name = "title_ja", nullable = false, length = 500)
    private String titleJa;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "in_force_from", nullable = false)
    private LocalDate inForceFrom;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "party_a", nullable = false, length = 8)
    private String partyA;

    @Column(name = "party_b", nullable = false, length = 8)
    private String partyB;

    protected Agreement() {
    }

    public String getId() {
        return id;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleJa() {
        return titleJa;
    }

    /** The title in the user's language; English for any language the agreement was not written in. */
    public String title(Locale locale) {
        return switch (locale.getLanguage()) {
            case "de" -> titleDe;
            case "ja" -> titleJa;
            default -> titleEn;
        };
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public int getVersion() {
        return version;
    }

    public String getPartyA() {
        return partyA;
    }

    public String getPartyB() {
        return partyB;
    }

    public List<String> parties() {
        return List.of(partyA, partyB);
    }

    /** The other party: the recipient when {@code partyCode} sends, the originator when it receives. */
    public String counterpartOf(String partyCode) {
        if (partyA.equals(partyCode)) {
            return partyB;
        }
        if (partyB.equals(partyCode)) {
            return partyA;
        }
        throw new IllegalArgumentException(partyCode + " is not a party to " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
