package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiPathTest {

    @Test
    void plainApiAddressesAreTakenAtTheirWord() {
        for (String raw : new String[] {"/api/v1/enterprises", "/api/v1/enterprises/100", "/api/v1/enterprises/",
                "/api/v1/service-logs/evidence/7"}) {
            assertTrue(ApiPath.isPlain(raw), raw);
        }
    }

    @Test
    void traversalsAndTheirSpellingsAreNot() {
        for (String raw : new String[] {"/api/v1/..%2F..%2Findex.xhtml", "/api/v1/..%2f..%2faccount%2fsettings.xhtml",
                "/api/%2e%2e/index.xhtml", "/api/%2E%2E/index.xhtml", "/api/v1/../../index.xhtml", "/api/./v1/x",
                "/api/v1/..", "/api/v1/..;/index.xhtml", "/api/v1/x;jsessionid=1", "/api/v1\\..\\index.xhtml",
                "/api/v1/%5c..%5cindex.xhtml", "/api/v1/enterprises/%00", "/api/v1/a\u0000b", "/api//v1/enterprises",
                "/api/v1/%252e%252e/x", "/api/v1/%0d%0a", "api/v1/enterprises", ""}) {
            assertFalse(ApiPath.isPlain(raw), raw);
        }
        assertFalse(ApiPath.isPlain(null));
    }

    @Test
    void anAddressClaimsTheApiRawOrRouted() {
        assertTrue(ApiPath.claimsApi("/api/v1/..%2F..%2Findex.xhtml", "/index.xhtml"));
        assertTrue(ApiPath.claimsApi("/API/v1/x", "/API/v1/x"));
        assertTrue(ApiPath.claimsApi("/x/..%2Fapi/v1/enterprises", "/api/v1/enterprises"));
        assertTrue(ApiPath.claimsApi("/api%2Fv1", null));
        assertFalse(ApiPath.claimsApi("/index.xhtml", "/index.xhtml"));
        assertFalse(ApiPath.claimsApi("/apidocs.xhtml", "/apidocs.xhtml"));
    }

    @Test
    void onlyTheJaxRsServletPathIsTheApi() {
        assertTrue(ApiPath.routedToApi("/api/v1"));
        assertFalse(ApiPath.routedToApi("/index.xhtml"));
        assertFalse(ApiPath.routedToApi("/api/v2"));
        assertFalse(ApiPath.routedToApi(""));
    }
}
