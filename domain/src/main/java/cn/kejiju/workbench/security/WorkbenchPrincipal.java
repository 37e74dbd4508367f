package cn.kejiju.workbench.security;

import jakarta.security.enterprise.CallerPrincipal;

import java.io.Serializable;

/**
 * The authenticated caller as the container knows it: a user or an integrator token, with the
 * jurisdiction it acts in. {@code countyId} is the county the caller is confined to, or null for a
 * city-level caller who sees every county.
 */
public class WorkbenchPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether a person (pages) or a token (API) is calling. */
    public enum Kind { USER, TOKEN }

    private final Kind kind;
    private final long jurisdictionId;
    private final String jurisdictionCode;
    private final Long countyId;

    public WorkbenchPrincipal(String name, Kind kind, long jurisdictionId, String jurisdictionCode, Long countyId) {
        super(name);
        this.kind = kind;
        this.jurisdictionId = jurisdictionId;
        this.jurisdictionCode = jurisdictionCode;
        this.countyId = countyId;
    }

    public Kind kind() {
        return kind;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    /** The county the caller is confined to; null when it sees all counties. */
    public Long countyId() {
        return countyId;
    }
}
