package org.gsoia.workflow.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A visitor named in a request: only the fields R-VI-03 requires (names in native script and passport
 * spelling, birth, nationality, passport, position, employer, personnel clearance, consent).
 */
@Entity
@Table(name = "visit_visitor")
public class Visitor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_request_id")
    private VisitRequest request;

    @Column(name = "position_in_list", nullable = false)
    private int positionInList;

    @Column(name = "name_native")
    private String nameNative;
    @Column(name = "surname_passport")
    private String surnamePassport;
    @Column(name = "given_names_passport")
    private String givenNamesPassport;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "place_of_birth")
    private String placeOfBirth;
    private String nationality;
    @Column(name = "passport_number")
    private String passportNumber;
    @Column(name = "job_title")
    private String jobTitle;
    private String employer;
    @Column(name = "clearance_level_id")
    private String clearanceLevelId;
    @Column(name = "clearance_issued_by")
    private String clearanceIssuedBy;
    @Column(name = "clearance_expires_on")
    private LocalDate clearanceExpiresOn;
    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;
    /** The PSC register entry the visitor was taken from; null when typed in. */
    @Column(name = "personnel_clearance_id")
    private Long personnelClearanceId;
    /** Certified by the sending authority; an amendment re-certifies only visitors not certified yet. */
    @Column(nullable = false)
    private boolean certified;
    /** Added by a change inside the lead time: the host authority sees that the visitor came late. */
    @Column(name = "added_late", nullable = false)
    private boolean addedLate;

    protected Visitor() {
    }

    Visitor(VisitRequest request, int positionInList, VisitorData data) {
        this.request = request;
        this.positionInList = positionInList;
        this.nameNative = data.nameNative();
        this.surnamePassport = data.surnamePassport();
        this.givenNamesPassport = data.givenNamesPassport();
        this.dateOfBirth = data.dateOfBirth();
        this.placeOfBirth = data.placeOfBirth();
        this.nationality = data.nationality();
        this.passportNumber = data.passportNumber();
        this.jobTitle = data.jobTitle();
        this.employer = data.employer();
        this.clearanceLevelId = data.clearanceLevelId();
        this.clearanceIssuedBy = data.clearanceIssuedBy();
        this.clearanceExpiresOn = data.clearanceExpiresOn();
        this.consentGiven = Boolean.TRUE.equals(data.consentGiven());
        this.personnelClearanceId = data.personnelClearanceId();
    }

    public VisitorData toData() {
        return new VisitorData(nameNative, surnamePassport, givenNamesPassport, dateOfBirth, placeOfBirth,
                nationality, passportNumber, jobTitle, employer, clearanceLevelId, clearanceIssuedBy,
                clearanceExpiresOn, consentGiven, personnelClearanceId);
    }

    /** The PSC register entry the visitor was taken from; null when typed in. */
    public Long getPersonnelClearanceId() {
        return personnelClearanceId;
    }

    /** Same person: the passport number identifies a visitor across amendments. */
    boolean isSamePersonAs(VisitorData data) {
        return passportNumber != null && passportNumber.equalsIgnoreCase(data.passportNumber());
    }

    public Long getId() {
        return id;
    }

    public boolean isCertified() {
        return certified;
    }

    public boolean isAddedLate() {
        return addedLate;
    }

    void markAddedLate() {
        this.addedLate = true;
    }

    void certify() {
        this.certified = true;
    }
}
