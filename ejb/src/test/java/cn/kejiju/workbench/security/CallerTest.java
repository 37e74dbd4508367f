package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Fixtures;
import jakarta.security.enterprise.SecurityContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is calling: the system when no workbench principal is present, else the principal and its county. */
class CallerTest {

    private final Fixtures f = new Fixtures();

    /** A security context holding the given principals and nothing else. */
    private static Caller callerWith(Principal... principals) {
        Caller caller = new Caller();
        caller.securityContext = (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (self, method, args) -> {
                    if (method.getName().equals("getPrincipalsByType")) {
                        Class<?> type = (Class<?>) args[0];
                        Set<Object> found = new java.util.HashSet<>();
                        for (Principal p : principals) {
                            if (type.isInstance(p)) {
                                found.add(p);
                            }
                        }
                        return found;
                    }
                    throw new AssertionError("a call the test does not expect: " + method.getName());
                });
        return caller;
    }

    @Test
    void withoutAWorkbenchPrincipalTheCallerIsTheSystemAndSeesEveryCounty() {
        Caller caller = callerWith(() -> "ANONYMOUS");

        assertEquals("system", caller.name());
        assertNull(caller.countyScope());
        assertTrue(caller.sees(f.county));
        assertTrue(caller.sees(f.otherCounty));
        assertTrue(caller.sees(null));
    }

    @Test
    void aCityUserSeesEveryCountyAndTheCity() {
        Caller caller = callerWith(new WorkbenchPrincipal("chen", WorkbenchPrincipal.Kind.USER, f.city.getId(),
                f.city.getCode(), null));

        assertEquals("chen", caller.name());
        assertNull(caller.countyScope());
        assertTrue(caller.sees(f.otherCounty));
        assertTrue(caller.sees(null));
    }

    @Test
    void aCountyUserSeesOnlyItsOwnCountyNeverAnotherNorTheCity() {
        Caller caller = callerWith(new WorkbenchPrincipal("li", WorkbenchPrincipal.Kind.USER, f.county.getId(),
                f.county.getCode(), f.county.getId()));

        assertEquals(f.county.getId(), caller.countyScope());
        assertTrue(caller.sees(f.county));
        assertFalse(caller.sees(f.otherCounty));
        assertFalse(caller.sees(null));
    }

    @Test
    void aCountyTokenIsConfinedLikeACountyUser() {
        Caller caller = callerWith(new WorkbenchPrincipal("token:erp", WorkbenchPrincipal.Kind.TOKEN,
                f.county.getId(), f.county.getCode(), f.county.getId()));

        assertEquals("token:erp", caller.name());
        assertFalse(caller.sees(f.otherCounty));
    }
}
