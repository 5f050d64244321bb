package org.gsoia.workflow.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A note on a case by one of the people who may see it. Comments are never edited or deleted. */
@Entity
@Table(name = "case_comment")
public class CaseComment {

    /** Longest comment, in characters (the column's width). */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private String body;

    protected CaseComment() {
    }

    CaseComment(String reference, String authorId, OffsetDateTime createdAt, String body) {
        this.reference = reference;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.body = body;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getAuthorId() { return authorId; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getBody() { return body; }
}
