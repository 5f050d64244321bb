package org.gsoia.workflow.breach;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One breach, loss or compromise of the other party's information (R-BR-01…06): the initial notice's dataset, the
 * chain's moments against their targets, the investigation, the damage assessment, the final report and its
 * corrective actions. Times are instants with the zone they were given in, so a deadline in hours stays right across
 * a daylight-saving change and reads right in Tokyo and in Berlin.
 */
@Entity
@Table(name = "breach_case")
public class BreachCase {

    /** R-BR-01. */
    public enum EventType {
        SUSPECTED_BREACH, BREACH_WITHOUT_COMPROMISE, POSSIBLE_COMPROMISE, CONFIRMED_COMPROMISE, LOSS, ITEM_FOUND,
        OVERDUE_RECEIPT
    }

    /** Whether it is a breach: possible until confirmed, or found not to be one. */
    public enum Classification { POSSIBLE, CONFIRMED, NOT_A_BREACH }

    /** Where the case stands. */
    public enum Status { REPORTED, WITH_AUTHORITY, INVESTIGATING, FINAL_REPORT, ACCEPTED, CLOSED }

    /** Likelihood that the information was compromised. */
    public enum Likelihood { NONE, LOW, HIGH, CERTAIN }

    /** A referral of the case outside the security authorities. */
    public enum Referral { NONE, LAW_ENFORCEMENT, COUNTER_INTELLIGENCE }

    /** The final report's outcome (domain §8.3 step 8). */
    public enum Outcome { NO_BREACH, BREACH_WITHOUT_COMPROMISE, COMPROMISE_POSSIBLE, COMPROMISE_CONFIRMED, ITEM_RECOVERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private String reference;
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "receiving_party_code")
    private String receivingParty;
    @Column(name = "originating_party_code")
    private String originatingParty;
    @Column(name = "organisation_id")
    private String organisationId;
    @Column(name = "facility_id")
    private String facilityId;
    @Column(name = "authority_id")
    private String authorityId;
    @Column(name = "originator_authority_id")
    private String originatorAuthorityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType eventType;
    @Enumerated(EnumType.STRING)
    private Classification classification;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String location;
    @Column(name = "discovered_at")
    private OffsetDateTime discoveredAt;
    @Column(name = "discovered_zone")
    private String discoveredZone;
    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;
    @Column(name = "occurred_zone")
    private String occurredZone;
    private String circumstances;
    @Column(name = "unauthorised_recipients")
    private String unauthorisedRecipients;
    private String containment;
    @Column(name = "point_of_contact")
    private String pointOfContact;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;
    @Column(name = "officer_due_at")
    private OffsetDateTime officerDueAt;
    @Column(name = "authority_due_at")
    private OffsetDateTime authorityDueAt;
    @Column(name = "originator_due_at")
    private OffsetDateTime originatorDueAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private OffsetDateTime openedAt;
    private String assessment;
    @Column(name = "notified_by")
    private String notifiedBy;
    @Column(name = "notified_at")
    private OffsetDateTime notifiedAt;
    @Column(name = "final_report_due_on")
    private LocalDate finalReportDueOn;
    private String investigator;
    private String findings;
    private String cause;
    @Enumerated(EnumType.STRING)
    private Likelihood likelihood;
    @Enumerated(EnumType.STRING)
    private Referral referral;
    @Column(name = "referral_to")
    private String referralTo;
    @Column(name = "referral_reference")
    private String referralReference;
    @Column(name = "investigated_at")
    private OffsetDateTime investigatedAt;
    @Column(name = "damage_assessment")
    private String damageAssessment;
    @Column(name = "damage_by")
    private String damageBy;
    @Column(name = "damage_at")
    private OffsetDateTime damageAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "final_report")
    private String finalReport;
    @Column(name = "final_by")
    private String finalBy;
    @Column(name = "final_at")
    private OffsetDateTime finalAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;
    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @OneToMany(mappedBy = "breach", cascade = CascadeType.ALL)
    @OrderBy("id")
    // the API lists cases with their items and escalations: one query per page and collection, not per case
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<BreachItem> items = new ArrayList<>();
    @OneToMany(mappedBy = "breach", cascade = CascadeType.ALL)
    @OrderBy("id")
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<BreachEscalation> escalations = new ArrayList<>();
    @OneToMany(mappedBy = "breach", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PersonInvolved> persons = new ArrayList<>();
    @OneToMany(mappedBy = "breach", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<BreachEntry> entries = new ArrayList<>();
    @OneToMany(mappedBy = "breach", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CorrectiveAction> actions = new ArrayList<>();

    protected BreachCase() {
    }

    BreachCase(String reference, String agreementId, BreachReportData data, Parties parties, String language,
               String userId, OffsetDateTime now, Instant officerDue, Instant authorityDue) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.receivingParty = parties.receivingParty();
        this.originatingParty = parties.originatingParty();
        this.organisationId = parties.organisationId();
        this.facilityId = data.facilityId();
        this.authorityId = parties.authorityId();
        this.originatorAuthorityId = parties.originatorAuthorityId();
        this.eventType = data.eventType();
        this.classification = data.eventType() == EventType.CONFIRMED_COMPROMISE || data.eventType() == EventType.LOSS
                || data.eventType() == EventType.BREACH_WITHOUT_COMPROMISE ? Classification.CONFIRMED
                : Classification.POSSIBLE;
        this.status = Status.REPORTED;
        this.location = data.location().strip();
        this.discoveredAt = data.discoveredAt().toOffsetDateTime();
        this.discoveredZone = data.discoveredAt().getZone().getId();
        if (data.occurredAt() != null) {
            this.occurredAt = data.occurredAt().toOffsetDateTime();
            this.occurredZone = data.occurredAt().getZone().getId();
        }
        this.circumstances = data.circumstances().strip();
        this.unauthorisedRecipients = org.gsoia.workflow.procedure.TextChecks.stored(data.unauthorisedRecipients());
        this.containment = org.gsoia.workflow.procedure.TextChecks.stored(data.containment());
        this.pointOfContact = data.pointOfContact().strip();
        this.textLanguage = language;
        this.reportedBy = userId;
        this.reportedAt = now;
        this.officerDueAt = officerDue.atOffset(ZoneOffset.UTC);
        this.authorityDueAt = authorityDue.atOffset(ZoneOffset.UTC);
        for (BreachItemData item : data.items()) {
            items.add(new BreachItem(this, item));
        }
    }

    /** Who is who in the case: the parties, where it happened, and the two authorities. */
    record Parties(String receivingParty, String originatingParty, String organisationId, String authorityId,
                   String originatorAuthorityId) {
    }

    void opened(String assessment, String userId, OffsetDateTime now, Instant originatorDue) {
        this.assessment = assessment;
        this.openedBy = userId;
        this.openedAt = now;
        this.originatorDueAt = originatorDue.atOffset(ZoneOffset.UTC);
        this.status = Status.WITH_AUTHORITY;
    }

    void notified(String userId, OffsetDateTime now, LocalDate finalReportDue) {
        this.notifiedBy = userId;
        this.notifiedAt = now;
        this.finalReportDueOn = finalReportDue;
        this.status = Status.INVESTIGATING;
    }

    void classify(Classification to, String reason, String language, String userId, OffsetDateTime now) {
        entries.add(BreachEntry.classified(this, to, reason, language, userId, now));
        this.classification = to;
    }

    BreachEntry requestReview(String subject, String reason, String language, String userId, OffsetDateTime now) {
        BreachEntry entry = BreachEntry.review(this, subject, reason, language, userId, now);
        entries.add(entry);
        return entry;
    }

    /** The earliest clearance review requested and not yet recorded. */
    public Optional<BreachEntry> openReview() {
        return entries.stream().filter(e -> e.getKind() == BreachEntry.Kind.CLEARANCE_REVIEW && e.getDoneAt() == null)
                .findFirst();
    }

    void escalated(BreachEscalation.Step step, Instant target, String to, OffsetDateTime now) {
        escalations.add(new BreachEscalation(this, step, target, to, now));
    }

    PersonInvolved involve(String name, String function, String personUserId, String userId, OffsetDateTime now) {
        PersonInvolved person = new PersonInvolved(this, name, function, personUserId, userId, now);
        persons.add(person);
        return person;
    }

    void investigated(Investigation result, String userId, OffsetDateTime now) {
        this.investigator = userId;
        this.findings = result.findings();
        this.cause = result.cause();
        this.likelihood = result.likelihood();
        this.referral = result.referral();
        this.referralTo = result.referralTo();
        this.referralReference = result.referralReference();
        this.investigatedAt = now;
    }

    void interimReport(String text, String nextSteps, String language, String userId, OffsetDateTime now) {
        entries.add(BreachEntry.interim(this, text, nextSteps, language, userId, now));
    }

    CorrectiveAction addAction(String action, String owner, LocalDate dueOn, String language, String userId,
                               OffsetDateTime now) {
        CorrectiveAction added = new CorrectiveAction(this, action, owner, dueOn, language, userId, now);
        actions.add(added);
        return added;
    }

    void damageAssessed(String text, String userId, OffsetDateTime now) {
        this.damageAssessment = text;
        this.damageBy = userId;
        this.damageAt = now;
    }

    void finalReport(Outcome outcome, String text, String userId, OffsetDateTime now) {
        this.outcome = outcome;
        this.finalReport = text;
        this.finalBy = userId;
        this.finalAt = now;
        this.status = Status.FINAL_REPORT;
    }

    void reviewed(boolean accepted, String comment, String userId, OffsetDateTime now) {
        this.reviewComment = comment;
        this.reviewedBy = userId;
        this.reviewedAt = now;
        if (accepted) {
            this.acceptedAt = now;
            this.status = Status.ACCEPTED;
        } else {
            this.status = Status.INVESTIGATING;
        }
    }

    void closed(OffsetDateTime now) {
        this.closedAt = now;
        this.status = Status.CLOSED;
    }

    public long openActions() {
        return actions.stream().filter(a -> !a.isDone()).count();
    }

    /** The earliest due date of the corrective actions still open. */
    public Optional<LocalDate> firstOpenActionDue() {
        return actions.stream().filter(a -> !a.isDone()).map(CorrectiveAction::getDueOn).min(LocalDate::compareTo);
    }

    public Optional<CorrectiveAction> action(Long actionId) {
        return actions.stream().filter(a -> a.getId().equals(actionId)).findFirst();
    }

    /** The discovery as the reporter gave it: instant and zone. */
    public java.time.ZonedDateTime discovery() {
        return discoveredAt.atZoneSameInstant(ZoneId.of(discoveredZone));
    }

    public Optional<java.time.ZonedDateTime> occurrence() {
        return Optional.ofNullable(occurredAt).map(at -> at.atZoneSameInstant(ZoneId.of(occurredZone)));
    }

    /** The moment the national authority had the case: when the security officer opened it. */
    public Optional<Instant> authorityHadItAt() {
        return Optional.ofNullable(openedAt).map(OffsetDateTime::toInstant);
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    public Long getId() { return id; }

    public int getVersion() { return version; }

    public String getReference() { return reference; }

    public String getAgreementId() { return agreementId; }

    public String getReceivingParty() { return receivingParty; }

    public String getOriginatingParty() { return originatingParty; }

    public String getOrganisationId() { return organisationId; }

    public String getFacilityId() { return facilityId; }

    public String getAuthorityId() { return authorityId; }

    public String getOriginatorAuthorityId() { return originatorAuthorityId; }

    public EventType getEventType() { return eventType; }

    public Classification getClassification() { return classification; }

    public Status getStatus() { return status; }

    public String getLocation() { return location; }

    public String getCircumstances() { return circumstances; }

    public String getUnauthorisedRecipients() { return unauthorisedRecipients; }

    public String getContainment() { return containment; }

    public String getPointOfContact() { return pointOfContact; }

    public String getTextLanguage() { return textLanguage; }

    public String getReportedBy() { return reportedBy; }

    public OffsetDateTime getReportedAt() { return reportedAt; }

    public Instant getOfficerDueAt() { return officerDueAt.toInstant(); }

    public Instant getAuthorityDueAt() { return authorityDueAt.toInstant(); }

    public Optional<Instant> getOriginatorDueAt() { return Optional.ofNullable(originatorDueAt).map(OffsetDateTime::toInstant); }

    public String getOpenedBy() { return openedBy; }

    public OffsetDateTime getOpenedAt() { return openedAt; }

    public String getAssessment() { return assessment; }

    public String getNotifiedBy() { return notifiedBy; }

    public OffsetDateTime getNotifiedAt() { return notifiedAt; }

    public LocalDate getFinalReportDueOn() { return finalReportDueOn; }

    public String getInvestigator() { return investigator; }

    public String getFindings() { return findings; }

    public String getCause() { return cause; }

    public Likelihood getLikelihood() { return likelihood; }

    public Referral getReferral() { return referral; }

    public String getReferralTo() { return referralTo; }

    public String getReferralReference() { return referralReference; }

    public OffsetDateTime getInvestigatedAt() { return investigatedAt; }

    public String getDamageAssessment() { return damageAssessment; }

    public String getDamageBy() { return damageBy; }

    public OffsetDateTime getDamageAt() { return damageAt; }

    public Outcome getOutcome() { return outcome; }

    public String getFinalReport() { return finalReport; }

    public String getFinalBy() { return finalBy; }

    public OffsetDateTime getFinalAt() { return finalAt; }

    public String getReviewComment() { return reviewComment; }

    public String getReviewedBy() { return reviewedBy; }

    public OffsetDateTime getReviewedAt() { return reviewedAt; }

    public OffsetDateTime getAcceptedAt() { return acceptedAt; }

    public OffsetDateTime getClosedAt() { return closedAt; }

    public List<BreachItem> getItems() { return Collections.unmodifiableList(items); }

    public List<BreachEscalation> getEscalations() { return Collections.unmodifiableList(escalations); }

    public List<PersonInvolved> getPersons() { return Collections.unmodifiableList(persons); }

    public List<BreachEntry> getEntries() { return Collections.unmodifiableList(entries); }

    public List<CorrectiveAction> getActions() { return Collections.unmodifiableList(actions); }
}
