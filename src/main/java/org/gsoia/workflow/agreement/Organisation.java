package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A company, agency or authority of one party; users and facilities belong to one. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @Column(name = "party_code", nullable = false, length = 8)
    private String partyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private OrganisationKind kind;

    /** The legal name in the party's own script (R-X-01: never transliterated). */
    @Column(name = "name_native", nullable = false, length = 300)
    private String nameNative;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    /** The native name in Latin script, for names in another script (see {@link ReaderNames}). */
    @Column(name = "name_latin", length = 300)
    private String nameLatin;

    /** The party, for the language of the native name. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "party_code", insertable = false, updatable = false)
    private Party party;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    protected Organisation() {
    }

    Organisation(String id, String partyCode, OrganisationKind kind, String nameNative, String nameEn, String city) {
        this.id = id;
        this.partyCode = partyCode;
        this.kind = kind;
        this.nameNative = nameNative;
        this.nameEn = nameEn;
        this.city = city;
    }

    public String getId() {
        return id;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getNameNative() {
        return nameNative;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    /** The language the native name is written in: the party's. */
    public Locale getNativeLanguage() {
        return party == null ? Locale.ENGLISH : party.getLanguage();
    }

    public String getCity() {
        return city;
    }

    @Override
    public String toString() {
        return id;
    }
}
