package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Period;

/**
 * How long the receiving party's authority has for a reply (its working days) and how often it sends status
 * updates while a national clearance runs, per agreement: configuration, not code.
 */
@Entity
@Table(name = "fsc_assurance_rule")
class AssuranceRule {

    @EmbeddedId
    private Key key;
    @Column(name = "reply_working_days")
    private int replyWorkingDays;
    @Column(name = "status_update_interval")
    private String statusUpdateInterval;
    @Column(name = "contract_report_interval")
    private String contractReportInterval;
    @Column(name = "inspection_interval")
    private String inspectionInterval;

    protected AssuranceRule() {
    }

    int replyWorkingDays() {
        return replyWorkingDays;
    }

    Period statusUpdateInterval() {
        return Period.parse(statusUpdateInterval);
    }

    /** How often the party's contractors report on a classified contract; empty: they do not report periodically. */
    java.util.Optional<Period> contractReportInterval() {
        return java.util.Optional.ofNullable(contractReportInterval).map(Period::parse);
    }

    /** How long after an inspection the next periodic one of a facility of the party falls due. */
    Period inspectionInterval() {
        return Period.parse(inspectionInterval);
    }

    @Embeddable
    record Key(@Column(name = "agreement_id") String agreementId,
               @Column(name = "receiving_party_code") String receivingParty) implements Serializable {
    }
}
