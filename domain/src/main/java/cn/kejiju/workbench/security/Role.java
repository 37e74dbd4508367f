package cn.kejiju.workbench.security;

/**
 * The roles of the workbench. Their names are the security groups the container checks
 * ({@code @RolesAllowed}, web.xml constraints); {@link Roles} has them as constants for annotations.
 */
public enum Role {
    /** Users, roles, reference data (jurisdictions, enterprises); cannot read the audit trail. */
    SYSTEM_ADMIN,
    /** Password and lockout policy, integrator tokens; cannot edit business records. */
    SECURITY_ADMIN,
    /** Reads and exports the audit trail; nothing else. */
    AUDITOR,
    /** Reads everything in the jurisdiction, approves. */
    LEADER,
    COMMISSIONER_CLERK,
    INCUBATOR_CLERK,
    FINANCING_CLERK,
    PREPAREDNESS_CLERK,
    /**
     * Prepares applications to S&T programmes of higher levels and records their path and funds; keeps the
     * enterprises' innovation indicators (patents, R&D, the high-tech pipeline).
     */
    PROJECT_CLERK,
    /** Reads business records, changes nothing. */
    VIEWER,
    /**
     * An expert reviewer (评审专家): sees and scores only the reviews assigned to them (or declines one for a
     * conflict of interest); reads no other business record.
     */
    REVIEWER,
    /** Calls the API with a token; never logs in to pages. */
    INTEGRATOR;

    /** Whether the role is one of the three administrator roles that must log in with two factors. */
    public boolean isAdministrative() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDITOR;
    }
}
