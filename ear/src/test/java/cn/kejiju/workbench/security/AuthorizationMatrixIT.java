package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every role against every page and every endpoint: each cell of the matrix says whether the role
 * gets in (200) or is turned away (403). One account per role is made for the test, signed in with
 * its password (and second factor where the role needs one). Integrators are tokens: their rows use
 * the demo tokens and no token at all.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String PASSWORD = "Matrix#Pass2026";
    private static final Set<Role> BUSINESS_READERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.COMMISSIONER_CLERK,
            Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.VIEWER);
    private static final Set<Role> ENTERPRISE_EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSIONER_CLERK,
            Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK);
    private static final Set<Role> EVERYONE = EnumSet.complementOf(EnumSet.of(Role.INTEGRATOR));

    /** Page → the roles that may open it; every other role gets 403. */
    private static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/index.xhtml", EVERYONE);
        PAGES.put("/account/settings.xhtml", EVERYONE);
        PAGES.put("/enterprise/list.xhtml", BUSINESS_READERS);
        PAGES.put("/enterprise/detail.xhtml?id=100", BUSINESS_READERS);
        PAGES.put("/enterprise/edit.xhtml", ENTERPRISE_EDITORS);
        PAGES.put("/enterprise/edit.xhtml?id=100", ENTERPRISE_EDITORS);
        PAGES.put("/admin/users/list.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/users/edit.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/security/policy.xhtml", EnumSet.of(Role.SECURITY_ADMIN));
        PAGES.put("/admin/security/tokens.xhtml", EnumSet.of(Role.SECURITY_ADMIN));
        PAGES.put("/audit/list.xhtml", EnumSet.of(Role.AUDITOR));
        PAGES.put("/todo.xhtml", BUSINESS_READERS);
    }

    /** API reads a signed-in page session may make (GET) → the roles allowed. */
    private static final Map<String, Set<Role>> SESSION_READS = new LinkedHashMap<>();

    static {
        SESSION_READS.put("/api/v1/enterprises", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/enterprises/100", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/jurisdictions", EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.LEADER,
                Role.COMMISSIONER_CLERK, Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.VIEWER));
        SESSION_READS.put("/api/v1/audit-entries", EnumSet.of(Role.AUDITOR));
        SESSION_READS.put("/api/v1/audit-entries/verification", EnumSet.of(Role.AUDITOR));
        SESSION_READS.put("/api/v1/todo", BUSINESS_READERS);
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AuthorizationMatrixIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    @Test
    void everyRoleAgainstEveryPageAndSessionRead() {
        List<String> wrong = new ArrayList<>();
        for (Role role : EVERYONE) {
            PageClient browser = signedIn(role);
            for (Map.Entry<String, Set<Role>> page : PAGES.entrySet()) {
                int expected = page.getValue().contains(role) ? 200 : 403;
                int actual = browser.open(page.getKey()).status();
                if (actual != expected || !browser.page().equals(page.getKey().replaceFirst("\\?.*", ""))) {
                    wrong.add(role + " " + page.getKey() + ": expected " + expected + ", got " + actual + " at " + browser.page());
                }
            }
            for (Map.Entry<String, Set<Role>> read : SESSION_READS.entrySet()) {
                int expected = read.getValue().contains(role) ? 200 : 403;
                int actual = browser.api(HttpRequest.newBuilder(URI.create(Api.BASE + read.getKey()))
                        .header("Accept", "application/json").GET()).statusCode();
                if (actual != expected) {
                    wrong.add(role + " GET " + read.getKey() + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void tokensAndNoTokenAgainstEveryEndpoint() {
        String enterprise = TestData.enterpriseJson(TestData.creditCode(), TestData.uniqueName("矩阵"), TestData.TOWNSHIP_CHENGGUAN);
        record Call(String method, String path, String body) {
        }
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/enterprises", null),
                new Call("GET", "/api/v1/enterprises/100", null),
                new Call("POST", "/api/v1/enterprises", enterprise),
                new Call("PUT", "/api/v1/enterprises/100", "{}"),
                new Call("DELETE", "/api/v1/enterprises/987654321", null),
                new Call("GET", "/api/v1/jurisdictions", null),
                new Call("GET", "/api/v1/jurisdictions/2", null),
                new Call("POST", "/api/v1/jurisdictions", "{}"),
                new Call("PUT", "/api/v1/jurisdictions/2", "{}"),
                new Call("DELETE", "/api/v1/jurisdictions/987654321", null),
                new Call("GET", "/api/v1/audit-entries", null),
                new Call("GET", "/api/v1/audit-entries/verification", null),
                new Call("GET", "/api/v1/todo", null));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            boolean read = call.method().equals("GET");
            boolean audit = call.path().contains("audit");
            expect(wrong, "no token", call.method(), call.path(), call.body(), null, 401);
            expect(wrong, "read-only", call.method(), call.path(), call.body(), Api.CITY_RO, read && !audit ? 200 : 403);
            // a permitted write may still be refused for its content (400/404/422): it got past the door
            int readWrite = audit ? 403 : read ? 200 : 0;
            expect(wrong, "read-write", call.method(), call.path(), call.body(), Api.CITY_RW, readWrite);
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String who, String method, String path, String body, String token, int expected) {
        HttpRequest.Builder request = Api.request(path, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        int actual = Api.send(request.build()).status();
        boolean ok = expected == 0 ? actual != 401 && actual != 403 && actual < 500 : actual == expected;
        if (!ok) {
            wrong.add(who + " " + method + " " + path + ": expected " + (expected == 0 ? "past the door" : expected) + ", got " + actual);
        }
    }

    private PageClient signedIn(Role role) {
        String username = accounts.create("m" + role.name().toLowerCase().replace("_", ""), Set.of(role), 1, PASSWORD, false);
        PageClient browser = new PageClient().login(username, PASSWORD);
        if (role.isAdministrative()) {
            TotpSecret secret = TotpSecret.generate();
            accounts.enrol(username, secret.base32());
            browser = new PageClient().login(username, PASSWORD)
                    .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))), "verify");
        }
        assertEquals("/index.xhtml", browser.page(), role + " signs in");
        return browser;
    }
}
