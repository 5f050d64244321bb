package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A national personnel-clearance scheme (R-FC-08): Germany's Ü1/Ü2/Ü3 checks, Japan's SDS suitability assessment,
 * economic-security clearance and 秘密軍事情報取扱資格; with the validity its law fixes, where it fixes one.
 */
@Entity
@Table(name = "psc_scheme")
public class PscScheme {

    @Id
    private String code;
    @Column(name = "party_code")
    private String partyCode;
    @Column(name = "validity_years")
    private Integer validityYears;
    @Column(name = "legal_basis")
    private String legalBasis;

    protected PscScheme() {
    }

    public String getCode() {
        return code;
    }

    public String getPartyCode() {
        return partyCode;
    }

    /** The validity the law gives a clearance of this scheme; empty where the expiry is recorded as issued. */
    public Optional<Integer> getValidityYears() {
        return Optional.ofNullable(validityYears);
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
