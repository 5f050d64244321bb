package org.gsoia.workflow.security;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The roles of GSOIA Workflow. Each role is a Camunda group, so the UI, the engine's REST API and the
 * Camunda webapps share one user store (Camunda's identity tables).
 */
public enum Role {
    /** Company or agency security officer filing requests. */
    APPLICANT("applicant"),
    /** Officer of a party's competent security authority, deciding tasks. */
    AUTHORITY("authority"),
    /** Security officer of a host facility, told whom to admit and what it may release. */
    HOST_FACILITY("host-facility"),
    /** Watches process metrics of both parties; sees aggregates, not case contents. */
    MANAGER("manager"),
    /**
     * Operates the installation, including Camunda's Cockpit and REST API. Its group is Camunda's own
     * administrators group, so the Camunda webapps recognise the same people as administrators.
     */
    ADMIN(Groups.CAMUNDA_ADMIN),
    /** Technical role of a metrics scraper (Prometheus). */
    METRICS("metrics");

    /** Spring Security role names, for annotations such as {@code @RolesAllowed}. */
    public static final String APPLICANT_ROLE = "APPLICANT";
    public static final String AUTHORITY_ROLE = "AUTHORITY";
    public static final String HOST_FACILITY_ROLE = "HOST_FACILITY";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The id of the Camunda group that carries this role. */
    public String groupId() {
        return groupId;
    }

    /** The granted authority Spring Security checks, e.g. {@code ROLE_APPLICANT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether people with this role work in the UI; the metrics scraper only reads {@code /actuator/prometheus}. */
    public boolean usesTheUi() {
        return this != METRICS;
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
