package org.gsoia.workflow.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A site of the host facility to be visited, with its point of contact. */
@Entity
@Table(name = "visit_site")
public class VisitSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_request_id")
    private VisitRequest request;

    @Column(nullable = false)
    private int position;

    private String name;
    private String address;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;

    protected VisitSite() {
    }

    VisitSite(VisitRequest request, int position, SiteData data) {
        this.request = request;
        this.position = position;
        this.name = data.name();
        this.address = data.address();
        this.contactName = data.contactName();
        this.contactPhone = data.contactPhone();
        this.contactEmail = data.contactEmail();
    }

    public SiteData toData() {
        return new SiteData(name, address, contactName, contactPhone, contactEmail);
    }

    public Long getId() {
        return id;
    }
}
