package org.gsoia.workflow.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * The notification chain's targets for breaches in one party under one agreement (R-BR-02, [PROPOSAL] values), the
 * interval of interim reports, the final report's deadline, and the head of the authority escalations go to.
 */
@Entity
@Table(name = "breach_rule")
class BreachRule {

    @EmbeddedId
    private Key key;
    @Version
    private int version;
    @Column(name = "officer_target")
    private String officerTarget;
    @Column(name = "authority_target")
    private String authorityTarget;
    @Column(name = "originator_target")
    private String originatorTarget;
    @Column(name = "interim_interval")
    private String interimInterval;
    @Column(name = "final_report_days")
    private int finalReportDays;
    @Column(name = "head_of_authority")
    private String headOfAuthority;

    protected BreachRule() {
    }

    Duration officerTarget() {
        return Duration.parse(officerTarget);
    }

    Duration authorityTarget() {
        return Duration.parse(authorityTarget);
    }

    Duration originatorTarget() {
        return Duration.parse(originatorTarget);
    }

    Period interimInterval() {
        return Period.parse(interimInterval);
    }

    int finalReportDays() {
        return finalReportDays;
    }

    Optional<String> headOfAuthority() {
        return Optional.ofNullable(headOfAuthority).filter(h -> !h.isBlank());
    }

    void appointHead(String userId) {
        this.headOfAuthority = userId;
    }

    @Embeddable
    record Key(@Column(name = "agreement_id") String agreementId,
               @Column(name = "receiving_party_code") String receivingParty) implements Serializable {
    }
}
