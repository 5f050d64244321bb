package org.gsoia.workflow.clearance;

/** Why the requesting authority needs the assurance (R-FC-01). */
public enum AssuranceReason {
    TENDER, PRE_CONTRACT, CONTRACT, SUBCONTRACT, VISIT
}
