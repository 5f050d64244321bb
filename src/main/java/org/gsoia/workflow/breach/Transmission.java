package org.gsoia.workflow.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A dispatch of one of the other party's classified items (R-BR-08): route, recipient, the item's identification and
 * marking, the receipt deadline in the sender's working days, and the receipt, or the possible-loss case opened when
 * it did not come.
 */
@Entity
@Table(name = "breach_transmission")
public class Transmission {

    /** How the item travels (domain §6 "Transmission"). */
    public enum Route { DIPLOMATIC_BAG, MILITARY_COURIER, HAND_CARRY, COMMERCIAL_COURIER, REGISTERED_MAIL, CRYPTO_LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private String reference;
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "sender_organisation_id")
    private String senderOrganisationId;
    @Column(name = "sending_party_code")
    private String sendingParty;
    @Column(name = "recipient_party_code")
    private String recipientParty;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private Route route;
    private String originator;
    @Column(name = "registry_number")
    private String registryNumber;
    @Column(name = "copy_number")
    private String copyNumber;
    @Enumerated(EnumType.STRING)
    private BreachItem.Medium medium;
    @Column(name = "level_id")
    private String levelId;
    @Column(name = "dispatched_on")
    private LocalDate dispatchedOn;
    @Column(name = "receipt_due_on")
    private LocalDate receiptDueOn;
    @Column(name = "dispatched_by")
    private String dispatchedBy;
    @Column(name = "dispatched_at")
    private OffsetDateTime dispatchedAt;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "breach_reference")
    private String breachReference;

    protected Transmission() {
    }

    Transmission(String reference, String agreementId, String senderOrganisationId, String sendingParty,
                 TransmissionData data, LocalDate receiptDueOn, String userId, OffsetDateTime now) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.senderOrganisationId = senderOrganisationId;
        this.sendingParty = sendingParty;
        this.recipientParty = data.recipientParty();
        this.recipient = data.recipient().strip();
        this.route = data.route();
        this.originator = data.originator().strip();
        this.registryNumber = data.registryNumber().strip();
        this.copyNumber = org.gsoia.workflow.procedure.TextChecks.stored(data.copyNumber());
        this.medium = data.medium();
        this.levelId = data.levelId();
        this.dispatchedOn = data.dispatchedOn();
        this.receiptDueOn = receiptDueOn;
        this.dispatchedBy = userId;
        this.dispatchedAt = now;
    }

    void received(LocalDate on, String userId) {
        this.receivedOn = on;
        this.receivedBy = userId;
    }

    void possibleLoss(String breachReference) {
        this.breachReference = breachReference;
    }

    public boolean isOpen() {
        return receivedOn == null && breachReference == null;
    }

    public boolean isDomestic() {
        return sendingParty.equals(recipientParty);
    }

    public Long getId() { return id; }

    public int getVersion() { return version; }

    public String getReference() { return reference; }

    public String getAgreementId() { return agreementId; }

    public String getSenderOrganisationId() { return senderOrganisationId; }

    public String getSendingParty() { return sendingParty; }

    public String getRecipientParty() { return recipientParty; }

    public String getRecipient() { return recipient; }

    public Route getRoute() { return route; }

    public String getOriginator() { return originator; }

    public String getRegistryNumber() { return registryNumber; }

    public String getCopyNumber() { return copyNumber; }

    public BreachItem.Medium getMedium() { return medium; }

    public String getLevelId() { return levelId; }

    public LocalDate getDispatchedOn() { return dispatchedOn; }

    public LocalDate getReceiptDueOn() { return receiptDueOn; }

    public String getDispatchedBy() { return dispatchedBy; }

    public LocalDate getReceivedOn() { return receivedOn; }

    public String getReceivedBy() { return receivedBy; }

    public String getBreachReference() { return breachReference; }
}
