package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

/** Callers for plain unit tests: a city user who sees every county, or a user confined to one county. */
public final class Callers {

    private Callers() {
    }

    public static Caller city() {
        return scoped(null);
    }

    public static Caller of(Jurisdiction county) {
        return scoped(county.getId());
    }

    private static Caller scoped(Long countyId) {
        return new Caller() {
            @Override
            public Long countyScope() {
                return countyId;
            }

            @Override
            public String name() {
                return countyId == null ? "city-clerk" : "county-clerk";
            }
        };
    }
}
