package org.gsoia.workflow.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * Lead-time configuration of one agreement for visits to one host party, counted in the host's working days
 * (domain note R-VI-04). Data, not code: each agreement and host may differ.
 */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "visit_lead_time")
@IdClass(LeadTimeRule.Key.class)
public class LeadTimeRule {

    record Key(String agreementId, String hostParty) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "agreement_id")
    private String agreementId;
    @Id
    @Column(name = "host_party_code")
    private String hostParty;
    @Column(name = "lead_working_days", nullable = false)
    private int leadWorkingDays;
    @Column(name = "emergency_lead_working_days", nullable = false)
    private int emergencyLeadWorkingDays;
    @Column(name = "decision_buffer_working_days", nullable = false)
    private int decisionBufferWorkingDays;
    @Column(name = "max_recurring_months", nullable = false)
    private int maxRecurringMonths;
    @Column(name = "renewal_reminder_days", nullable = false)
    private int renewalReminderDays;
    @Column(name = "max_one_time_days", nullable = false)
    private int maxOneTimeDays = 30;

    protected LeadTimeRule() {
    }

    public LeadTimeRule(String agreementId, String hostParty, int leadWorkingDays, int emergencyLeadWorkingDays,
                        int decisionBufferWorkingDays, int maxRecurringMonths, int renewalReminderDays) {
        this.agreementId = agreementId;
        this.hostParty = hostParty;
        this.leadWorkingDays = leadWorkingDays;
        this.emergencyLeadWorkingDays = emergencyLeadWorkingDays;
        this.decisionBufferWorkingDays = decisionBufferWorkingDays;
        this.maxRecurringMonths = maxRecurringMonths;
        this.renewalReminderDays = renewalReminderDays;
    }

    public int leadWorkingDays(VisitType type) {
        return type == VisitType.EMERGENCY ? emergencyLeadWorkingDays : leadWorkingDays;
    }

    public String getHostParty() { return hostParty; }
    public int getDecisionBufferWorkingDays() { return decisionBufferWorkingDays; }
    public int getMaxRecurringMonths() { return maxRecurringMonths; }
    public int getRenewalReminderDays() { return renewalReminderDays; }
    public int getMaxOneTimeDays() { return maxOneTimeDays; }
}
