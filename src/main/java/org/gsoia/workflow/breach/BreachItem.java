package org.gsoia.workflow.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An item affected (R-BR-03): its identification only, never its content; its level is the originator's marking. */
@Entity
@Table(name = "breach_item")
public class BreachItem {

    /** What the item is. */
    public enum Medium { PAPER, ELECTRONIC, STORAGE_MEDIUM, EQUIPMENT, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BreachCase breach;
    private String originator;
    @Column(name = "registry_number")
    private String registryNumber;
    private String title;
    @Column(name = "item_date")
    private LocalDate itemDate;
    @Column(name = "copy_number")
    private String copyNumber;
    @Enumerated(EnumType.STRING)
    private Medium medium;
    @Column(name = "level_id")
    private String levelId;

    protected BreachItem() {
    }

    BreachItem(BreachCase breach, BreachItemData data) {
        this.breach = breach;
        this.originator = data.originator().strip();
        this.registryNumber = data.registryNumber().strip();
        this.title = org.gsoia.workflow.procedure.TextChecks.stored(data.title());
        this.itemDate = data.itemDate();
        this.copyNumber = org.gsoia.workflow.procedure.TextChecks.stored(data.copyNumber());
        this.medium = data.medium();
        this.levelId = data.levelId();
    }

    public Long getId() { return id; }

    public String getOriginator() { return originator; }

    public String getRegistryNumber() { return registryNumber; }

    public String getTitle() { return title; }

    public LocalDate getItemDate() { return itemDate; }

    public String getCopyNumber() { return copyNumber; }

    public Medium getMedium() { return medium; }

    public String getLevelId() { return levelId; }
}
