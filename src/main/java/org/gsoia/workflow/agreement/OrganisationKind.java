package org.gsoia.workflow.agreement;

public enum OrganisationKind {
    COMPANY,
    AGENCY,
    COMPETENT_AUTHORITY
}
