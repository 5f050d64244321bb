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
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** An organisation acting in one role under one agreement for a period, as notified to the other party. */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "competent_authority")
public class CompetentAuthority {

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreementId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private AuthorityRole role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The diplomatic note or other act that made the role known to the other party. */
    @Column(name = "notified_by", length = 500)
    private String notifiedBy;

    protected CompetentAuthority() {
    }

    public String getId() {
        return id;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPartyCode() {
        return organisation.getPartyCode();
    }

    public AuthorityRole getRole() {
        return role;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> getValidTo() {
        return Optional.ofNullable(validTo);
    }

    public String getNotifiedBy() {
        return notifiedBy;
    }

    /** Both ends inclusive; an open end means "until further notice". */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public String toString() {
        return id;
    }
}
