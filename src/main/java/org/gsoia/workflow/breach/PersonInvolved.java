package org.gsoia.workflow.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A person involved in the incident (R-BR-04), with their reply: everyone named gets the chance to answer. Only the
 * receiving party reads them; the originating party reads the findings, never the names. A person with an account
 * can neither investigate the case nor be the one who names the investigator.
 */
@Entity
@Table(name = "breach_person")
public class PersonInvolved {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BreachCase breach;
    private String name;
    private String function;
    @Column(name = "user_id")
    private String userId;
    private String reply;
    @Column(name = "replied_on")
    private LocalDate repliedOn;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected PersonInvolved() {
    }

    PersonInvolved(BreachCase breach, String name, String function, String userId, String recordedBy,
                   OffsetDateTime now) {
        this.breach = breach;
        this.name = name;
        this.function = function;
        this.userId = userId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void replied(String reply, LocalDate on, String language) {
        this.reply = reply;
        this.repliedOn = on;
        this.textLanguage = language;
    }

    public Long getId() { return id; }

    public String getName() { return name; }

    public String getFunction() { return function; }

    public String getUserId() { return userId; }

    public String getReply() { return reply; }

    public LocalDate getRepliedOn() { return repliedOn; }

    public String getTextLanguage() { return textLanguage; }
}
