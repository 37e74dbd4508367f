package cn.kejiju.workbench.security;

/**
 * Role and group names as compile-time constants, for {@code @RolesAllowed}. Besides the {@link Role}
 * names there are two groups of integrator tokens: {@link #API_READ} and {@link #API_WRITE}.
 */
public final class Roles {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String LEADER = "LEADER";
    public static final String COMMISSIONER_CLERK = "COMMISSIONER_CLERK";
    public static final String INCUBATOR_CLERK = "INCUBATOR_CLERK";
    public static final String FINANCING_CLERK = "FINANCING_CLERK";
    public static final String PREPAREDNESS_CLERK = "PREPAREDNESS_CLERK";
    public static final String PROJECT_CLERK = "PROJECT_CLERK";
    public static final String VIEWER = "VIEWER";
    public static final String REVIEWER = "REVIEWER";
    public static final String INTEGRATOR = "INTEGRATOR";
    /** Every integrator token: reads through the API. */
    public static final String API_READ = "API_READ";
    /** Integrator tokens with read-write scope. */
    public static final String API_WRITE = "API_WRITE";

    private Roles() {
    }
}
