package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.Roles;
import jakarta.security.enterprise.SecurityContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reads business records (not the auditor, not the security administrator); each role asked once per request. */
class SessionPageTest {

    private final List<String> asked = new ArrayList<>();

    private SessionPage sessionOf(String name, Set<String> roles) {
        SessionPage page = new SessionPage();
        page.securityContext = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (self, method, args) -> switch (method.getName()) {
                    case "isCallerInRole" -> {
                        asked.add((String) args[0]);
                        yield roles.contains((String) args[0]);
                    }
                    case "getCallerPrincipal" -> name == null ? null : (Principal) () -> name;
                    default -> throw new AssertionError("a call the test does not expect: " + method.getName());
                });
        return page;
    }

    @Test
    void theAuditorAndTheSecurityAdministratorDoNotReadBusinessRecords() {
        assertFalse(sessionOf("audit", Set.of(Roles.AUDITOR)).isReadsBusinessRecords());
        assertFalse(sessionOf("sec", Set.of(Roles.SECURITY_ADMIN)).isReadsBusinessRecords());
    }

    @Test
    void clerksLeadersViewersAndTheSystemAdministratorDo() {
        for (String role : List.of(Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
                Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER)) {
            assertTrue(sessionOf("u", Set.of(role)).isReadsBusinessRecords(), role);
        }
    }

    @Test
    void aRoleIsAskedOfTheContainerOncePerRequestHoweverOftenTheMenuAsks() {
        SessionPage page = sessionOf("u", Set.of(Roles.LEADER));

        page.isInRole(Roles.LEADER);
        page.isInRole(Roles.LEADER);
        page.isReadsBusinessRecords();

        assertEquals(1, asked.stream().filter(Roles.LEADER::equals).count());
    }

    @Test
    void theDisplayNameIsTheCallersNameOrNothingBeforeLogin() {
        assertEquals("zhangwei", sessionOf("zhangwei", Set.of()).getDisplayName());
        assertEquals("", sessionOf(null, Set.of()).getDisplayName());
    }
}
