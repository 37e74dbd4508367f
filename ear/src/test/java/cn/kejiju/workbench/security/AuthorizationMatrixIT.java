package cn.kejiju.workbench.security;

import cn.kejiju.workbench.BureauClock;
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
 * the demo tokens and no token at all. Pages and endpoints that need a record use the demo
 * commissioner data (commissioner, assignment, demand and log 1 of 临江县; commissioners 27–34 of
 * 云岭县), and a county user or token asking for another county's record by id gets 404.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String PASSWORD = "Matrix#Pass2026";
    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final Set<Role> BUSINESS_READERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.COMMISSIONER_CLERK,
            Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.PROJECT_CLERK, Role.VIEWER);
    private static final Set<Role> ENTERPRISE_EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSIONER_CLERK,
            Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.PROJECT_CLERK);
    private static final Set<Role> EVERYONE = EnumSet.complementOf(EnumSet.of(Role.INTEGRATOR));
    /** The to-do list: the business readers, and the expert reviewers (their own assignments). */
    private static final Set<Role> TO_DO_LIST_READERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER,
            Role.COMMISSIONER_CLERK, Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.PROJECT_CLERK, Role.VIEWER,
            Role.REVIEWER);
    /** The commissioner pages and services are read by the business readers (web.xml, the services' class roles). */
    private static final Set<Role> COMMISSIONER_READERS = BUSINESS_READERS;
    /** Registry form and service log form (web.xml "commissioner editing"). */
    private static final Set<Role> COMMISSIONER_CLERK = EnumSet.of(Role.COMMISSIONER_CLERK);
    /** Demo records of 临江县 (county 2) and a commissioner of 云岭县 (county 3). */
    private static final long LINJIANG_COMMISSIONER = 1;
    private static final long LINJIANG_ASSIGNMENT = 1;
    private static final long LINJIANG_DEMAND = 1;
    private static final long LINJIANG_LOG = 1;
    /** 临江县's enterprise of the demo data. */
    private static final long LINJIANG_ENTERPRISE = 100;
    private static final long YUNLING_COMMISSIONER = 27;
    /** The demo carriers: the seed's park in 临江县, a maker space in 云岭县. */
    private static final long LINJIANG_CARRIER = 1;
    private static final long YUNLING_CARRIER = 2;
    private static final long LINJIANG_UNIT = 1;
    private static final long LINJIANG_AGREEMENT = 1;
    /** 临江县's application to the national innovation fund of the demo data. */
    private static final long LINJIANG_PROJECT = 1400201;
    /** A demo project of 临江县's own plan (contracted) and its call (db/demo/V18). */
    private static final long LINJIANG_PLAN_PROJECT = 1800103;
    private static final long LINJIANG_PLAN_CALL = 1800001;
    private static final long LINJIANG_TENANT = 1;
    /** An approved financing application of 临江县 (db/demo/V8). */
    private static final long LINJIANG_APPLICATION = 620101;
    /** Its loan (db/demo/V10). */
    private static final long LINJIANG_LOAN = 624001;

    /** Page → the roles that may open it; every other role gets 403. */
    private static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/index.xhtml", EVERYONE);
        PAGES.put("/account/settings.xhtml", EVERYONE);
        PAGES.put("/enterprise/list.xhtml", BUSINESS_READERS);
        PAGES.put("/enterprise/detail.xhtml?id=100", BUSINESS_READERS);
        PAGES.put("/enterprise/edit.xhtml", ENTERPRISE_EDITORS);
        PAGES.put("/enterprise/edit.xhtml?id=100", ENTERPRISE_EDITORS);
        PAGES.put("/enterprise/import.xhtml", ENTERPRISE_EDITORS);
        PAGES.put("/admin/users/list.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/users/edit.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/security/policy.xhtml", EnumSet.of(Role.SECURITY_ADMIN));
        PAGES.put("/admin/security/tokens.xhtml", EnumSet.of(Role.SECURITY_ADMIN));
        PAGES.put("/audit/list.xhtml", EnumSet.of(Role.AUDITOR));
        PAGES.put("/todo.xhtml", TO_DO_LIST_READERS);
        // commissioner programme (科技特派员)
        PAGES.put("/commissioner/list.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/detail.xhtml?id=" + LINJIANG_COMMISSIONER, COMMISSIONER_READERS);
        PAGES.put("/commissioner/edit.xhtml", COMMISSIONER_CLERK);
        PAGES.put("/commissioner/edit.xhtml?id=" + LINJIANG_COMMISSIONER, COMMISSIONER_CLERK);
        PAGES.put("/commissioner/import.xhtml", COMMISSIONER_CLERK);
        PAGES.put("/commissioner/assignments.xhtml", COMMISSIONER_READERS);
        // a read page too: the form to open an assignment shows for the clerk only
        PAGES.put("/commissioner/assignment.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/assignment.xhtml?id=" + LINJIANG_ASSIGNMENT, COMMISSIONER_READERS);
        PAGES.put("/commissioner/demands.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/demand.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/demand.xhtml?id=" + LINJIANG_DEMAND, COMMISSIONER_READERS);
        PAGES.put("/commissioner/logs.xhtml", COMMISSIONER_READERS);
        // a read page too (the approving leader reads the log and its evidence): the form shows for the clerk only
        PAGES.put("/commissioner/log.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/log.xhtml?id=" + LINJIANG_LOG, COMMISSIONER_READERS);
        PAGES.put("/commissioner/approvals.xhtml", EnumSet.of(Role.LEADER));
        // a read page too (the work summary's varieties and technologies open it): rename and merge for the clerk only
        PAGES.put("/commissioner/innovations.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/assessment.xhtml", COMMISSIONER_READERS);
        PAGES.put("/commissioner/statistics.xhtml", COMMISSIONER_READERS);
        PAGES.put("/admin/commissioner-settings.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/incubator-graduation-settings.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/financing-settings.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        PAGES.put("/admin/preparedness-assessment-scheme.xhtml", EnumSet.of(Role.SYSTEM_ADMIN));
        // incubator tenancy (孵化载体): the carrier page is a read page too, its unit dialog shows for the clerk only
        PAGES.put("/incubator/carriers.xhtml", BUSINESS_READERS);
        PAGES.put("/incubator/carrier.xhtml?id=" + LINJIANG_CARRIER, BUSINESS_READERS);
        PAGES.put("/incubator/carrier-edit.xhtml", EnumSet.of(Role.INCUBATOR_CLERK));
        PAGES.put("/incubator/carrier-edit.xhtml?id=" + LINJIANG_CARRIER, EnumSet.of(Role.INCUBATOR_CLERK));
        PAGES.put("/incubator/agreements.xhtml", BUSINESS_READERS);
        PAGES.put("/incubator/agreement.xhtml?id=" + LINJIANG_AGREEMENT, BUSINESS_READERS);
        PAGES.put("/incubator/letting.xhtml", EnumSet.of(Role.INCUBATOR_CLERK));
        PAGES.put("/incubator/occupancy.xhtml?id=" + LINJIANG_CARRIER, BUSINESS_READERS);
        // the tenant page is a read page; its figures and listing dialogs show for the clerk, graduation for a leader
        PAGES.put("/incubator/tenants.xhtml", BUSINESS_READERS);
        PAGES.put("/incubator/tenant.xhtml?id=" + LINJIANG_TENANT, BUSINESS_READERS);
        PAGES.put("/incubator/statistics.xhtml", BUSINESS_READERS);
        // financing (融资担保): the application page is a read page too, its actions show for clerk or leader
        PAGES.put("/financing/applications.xhtml", BUSINESS_READERS);
        PAGES.put("/financing/application.xhtml?id=" + LINJIANG_APPLICATION, BUSINESS_READERS);
        PAGES.put("/financing/application-edit.xhtml", EnumSet.of(Role.FINANCING_CLERK));
        PAGES.put("/financing/partners.xhtml", BUSINESS_READERS);
        PAGES.put("/financing/products.xhtml", BUSINESS_READERS);
        PAGES.put("/financing/loans.xhtml", BUSINESS_READERS);
        PAGES.put("/financing/loan.xhtml?id=" + LINJIANG_LOAN, BUSINESS_READERS);
        PAGES.put("/financing/statistics.xhtml", BUSINESS_READERS);
        // projects (向上申报): the application page is a read page too, its actions show for clerk or leader
        PAGES.put("/project/applications.xhtml", BUSINESS_READERS);
        PAGES.put("/project/application.xhtml?id=" + LINJIANG_PROJECT, BUSINESS_READERS);
        PAGES.put("/project/application-edit.xhtml", EnumSet.of(Role.PROJECT_CLERK));
        PAGES.put("/project/programmes.xhtml", BUSINESS_READERS);
        // innovation indicators: read pages for every business reader; their forms show for the projects clerk
        PAGES.put("/indicator/patents.xhtml", BUSINESS_READERS);
        PAGES.put("/indicator/high-tech.xhtml", BUSINESS_READERS);
        PAGES.put("/indicator/enterprise.xhtml?id=" + LINJIANG_ENTERPRISE, BUSINESS_READERS);
        PAGES.put("/summary/draft.xhtml", BUSINESS_READERS);
        PAGES.put("/summary/targets.xhtml", EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER));
    }

    /**
     * Addresses that are not pages → the roles past the door: they get the given status, everyone else 403.
     * The evidence download of a file that does not exist answers 404 to a reader.
     */
    private static final Map<String, Set<Role>> OTHER_ADDRESSES = new LinkedHashMap<>();

    static {
        OTHER_ADDRESSES.put("/commissioner/evidence?id=987654321", COMMISSIONER_READERS);
        OTHER_ADDRESSES.put("/commissioner/agreement-file?assignment=987654321&id=987654321", COMMISSIONER_READERS);
        OTHER_ADDRESSES.put("/financing/application-file?application=987654321&id=987654321", BUSINESS_READERS);
        OTHER_ADDRESSES.put("/project/document?application=987654321&id=987654321", BUSINESS_READERS);
        // an entry application's documents: its readers, and the reviewers of its review (the service checks which)
        OTHER_ADDRESSES.put("/files/entry-application?application=600000&id=987654321", TO_DO_LIST_READERS);
        OTHER_ADDRESSES.put("/api/v1/entry-applications/600000/files", TO_DO_LIST_READERS);
        // a county-plan application's documents likewise: its readers and the experts reviewing it
        OTHER_ADDRESSES.put("/files/county-plan-document?project=" + LINJIANG_PLAN_PROJECT + "&id=987654321",
                TO_DO_LIST_READERS);
        OTHER_ADDRESSES.put("/api/v1/projects/county-plan/" + LINJIANG_PLAN_PROJECT + "/documents", TO_DO_LIST_READERS);
    }

    /** Every read of the commissioner API: services open to the business readers and to both integrator tokens. */
    private static final List<String> COMMISSIONER_READS = List.of(
            "/api/v1/commissioners",
            "/api/v1/commissioners/" + LINJIANG_COMMISSIONER,
            "/api/v1/assignments",
            "/api/v1/assignments/" + LINJIANG_ASSIGNMENT,
            "/api/v1/demands",
            "/api/v1/demands/" + LINJIANG_DEMAND,
            "/api/v1/demands/" + LINJIANG_DEMAND + "/candidates",
            "/api/v1/service-logs",
            "/api/v1/service-logs/" + LINJIANG_LOG,
            "/api/v1/assessments",
            "/api/v1/assessments/at-risk",
            "/api/v1/assessments/commissioners/" + LINJIANG_COMMISSIONER,
            "/api/v1/assessments/commissioners/" + LINJIANG_COMMISSIONER + "/ratings",
            "/api/v1/commissioner-statistics?year=" + BureauClock.today().getYear(),
            "/api/v1/commissioner-settings");

    /** Every read of the incubator API: open to the business readers and to both integrator tokens. */
    private static final List<String> INCUBATOR_READS = List.of(
            "/api/v1/carriers",
            "/api/v1/carriers/" + LINJIANG_CARRIER,
            "/api/v1/carriers/" + LINJIANG_CARRIER + "/units",
            "/api/v1/carriers/" + LINJIANG_CARRIER + "/units/" + LINJIANG_UNIT,
            "/api/v1/carriers/" + LINJIANG_CARRIER + "/occupancy",
            "/api/v1/agreements",
            "/api/v1/agreements/" + LINJIANG_AGREEMENT,
            "/api/v1/tenants",
            "/api/v1/tenants/" + LINJIANG_TENANT,
            "/api/v1/incubator-statistics?year=" + BureauClock.today().getYear(),
            "/api/v1/tenants/graduation-settings",
            "/api/v1/incubator-statistics/recognition-thresholds");

    /** The financing products: read by the business readers and both integrator tokens (the products page's readers). */
    private static final List<String> FINANCING_PRODUCT_READS = List.of(
            "/api/v1/financing/products",
            "/api/v1/financing/products/GUARANTEED");

    /** The financing statistics: open to the business readers and to both integrator tokens. */
    private static final String FINANCING_STATISTICS = "/api/v1/financing-statistics?year="
            + BureauClock.today().getYear();

    /** Every read of the work summary API: open to the business readers and to both integrator tokens. */
    private static final List<String> SUMMARY_READS = List.of(
            "/api/v1/summaries?year=2026&half=1&county=2",
            "/api/v1/summaries/versions?year=2026&half=1&county=2",
            "/api/v1/summaries/templates",
            "/api/v1/summaries/targets?year=2026");

    /** API reads a signed-in page session may make (GET) → the roles allowed. */
    private static final Map<String, Set<Role>> SESSION_READS = new LinkedHashMap<>();

    static {
        SESSION_READS.put("/api/v1/enterprises", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/enterprises/100", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/jurisdictions", EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.LEADER,
                Role.COMMISSIONER_CLERK, Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK,
                Role.PROJECT_CLERK, Role.VIEWER));
        SESSION_READS.put("/api/v1/audit-entries", EnumSet.of(Role.AUDITOR));
        SESSION_READS.put("/api/v1/audit-entries/verification", EnumSet.of(Role.AUDITOR));
        SESSION_READS.put("/api/v1/todo", TO_DO_LIST_READERS);
        COMMISSIONER_READS.forEach(path -> SESSION_READS.put(path, COMMISSIONER_READERS));
        INCUBATOR_READS.forEach(path -> SESSION_READS.put(path, BUSINESS_READERS));
        SESSION_READS.put("/api/v1/projects/programmes", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/projects/calls", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/projects/applications", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/projects/applications/" + LINJIANG_PROJECT, BUSINESS_READERS);
        SESSION_READS.put("/api/v1/projects/county-plan", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/projects/county-plan/" + LINJIANG_PLAN_PROJECT, BUSINESS_READERS);
        SESSION_READS.put("/api/v1/indicators/patents", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/indicators/high-tech", BUSINESS_READERS);
        SESSION_READS.put("/api/v1/indicators/figures?enterpriseId=" + LINJIANG_ENTERPRISE, BUSINESS_READERS);
        SESSION_READS.put("/api/v1/indicators/tally?from=2025-01-01&to=2025-12-31", BUSINESS_READERS);
        SESSION_READS.put(FINANCING_STATISTICS, BUSINESS_READERS);
        FINANCING_PRODUCT_READS.forEach(path -> SESSION_READS.put(path, BUSINESS_READERS));
        SESSION_READS.put("/api/v1/project-statistics?year=2026&half=1", BUSINESS_READERS);
        SUMMARY_READS.forEach(path -> SESSION_READS.put(path, BUSINESS_READERS));
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
            for (Map.Entry<String, Set<Role>> address : OTHER_ADDRESSES.entrySet()) {
                int actual = browser.open(address.getKey()).status();
                boolean allowed = address.getValue().contains(role);
                if (allowed ? actual == 403 || actual == 401 || actual >= 500 : actual != 403) {
                    wrong.add(role + " " + address.getKey() + ": expected " + (allowed ? "past the door" : "403")
                            + ", got " + actual);
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
        record Call(String method, String path, String body, Integer readWrite) {
            Call(String method, String path, String body) {
                this(method, path, body, null);
            }
        }
        List<Call> calls = new ArrayList<>(List.of(
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
                new Call("GET", "/api/v1/todo", null)));
        COMMISSIONER_READS.forEach(path -> calls.add(new Call("GET", path, null)));
        // a write per commissioner resource: incomplete bodies, so a read-write token gets past the door (400/404/422)
        // without changing the demo records
        calls.addAll(List.of(
                new Call("POST", "/api/v1/commissioners", "{}"),
                new Call("PUT", "/api/v1/commissioners/" + LINJIANG_COMMISSIONER, "{}"),
                new Call("POST", "/api/v1/commissioners/" + LINJIANG_COMMISSIONER + "/end", "{}"),
                new Call("POST", "/api/v1/assignments", "{}"),
                new Call("PUT", "/api/v1/assignments/" + LINJIANG_ASSIGNMENT, "{}"),
                new Call("POST", "/api/v1/assignments/" + LINJIANG_ASSIGNMENT + "/confirmations", "{}"),
                new Call("POST", "/api/v1/assignments/" + LINJIANG_ASSIGNMENT + "/end", "{}"),
                new Call("DELETE", "/api/v1/assignments/" + LINJIANG_ASSIGNMENT + "/agreement-files/987654321", null),
                new Call("POST", "/api/v1/demands", "{}"),
                new Call("POST", "/api/v1/demands/" + LINJIANG_DEMAND + "/withdraw", "{}"),
                new Call("POST", "/api/v1/demands/" + LINJIANG_DEMAND + "/dispatch", "{}"),
                new Call("POST", "/api/v1/service-logs", "{}"),
                new Call("PUT", "/api/v1/service-logs/" + LINJIANG_LOG, "{}"),
                new Call("POST", "/api/v1/service-logs/" + LINJIANG_LOG + "/submission", "{}"),
                new Call("POST", "/api/v1/service-logs/" + LINJIANG_LOG + "/approval", "{}"),
                new Call("POST", "/api/v1/service-logs/" + LINJIANG_LOG + "/rejection", "{}"),
                new Call("DELETE", "/api/v1/service-logs/evidence/987654321", null),
                new Call("PUT", "/api/v1/service-logs/introductions/987654321/adoption", "{}"),
                new Call("PUT", "/api/v1/assessments/ratings", "{}"),
                new Call("POST", "/api/v1/assessments/confirmations", "{}"),
                // the settings are the system administrator's: refused to every token, with the valid body as read
                new Call("PUT", "/api/v1/commissioner-settings",
                        Api.send(Api.request("/api/v1/commissioner-settings", Api.CITY_RO).GET().build()).body(), 403)));
        INCUBATOR_READS.forEach(path -> calls.add(new Call("GET", path, null)));
        calls.addAll(List.of(
                new Call("POST", "/api/v1/carriers", "{}"),
                new Call("PUT", "/api/v1/carriers/" + LINJIANG_CARRIER, "{}"),
                new Call("POST", "/api/v1/carriers/" + LINJIANG_CARRIER + "/units", "{}"),
                new Call("PUT", "/api/v1/carriers/" + LINJIANG_CARRIER + "/units/" + LINJIANG_UNIT, "{}"),
                new Call("POST", "/api/v1/agreements", "{}"),
                new Call("POST", "/api/v1/agreements/" + LINJIANG_AGREEMENT + "/renewal", "{}"),
                new Call("POST", "/api/v1/agreements/" + LINJIANG_AGREEMENT + "/move", "{}"),
                new Call("POST", "/api/v1/agreements/" + LINJIANG_AGREEMENT + "/exit", "{}"),
                new Call("PUT", "/api/v1/tenants/" + LINJIANG_TENANT + "/figures/2025", "{}"),
                new Call("POST", "/api/v1/tenants/" + LINJIANG_TENANT + "/listing", "{}"),
                new Call("POST", "/api/v1/tenants/" + LINJIANG_TENANT + "/graduation", "{}"),
                // the graduation criteria and recognition thresholds are the system administrator's: refused to every
                // token, with the body as read
                new Call("PUT", "/api/v1/tenants/graduation-settings",
                        Api.send(Api.request("/api/v1/tenants/graduation-settings", Api.CITY_RO).GET().build()).body(), 403),
                new Call("PUT", "/api/v1/incubator-statistics/recognition-thresholds",
                        Api.send(Api.request("/api/v1/incubator-statistics/recognition-thresholds", Api.CITY_RO).GET()
                                .build()).body(), 403)));
        // projects: every read, and a write per endpoint with an incomplete body (past the door: 400/404/422)
        String application = "/api/v1/projects/applications/" + LINJIANG_PROJECT;
        List.of("/api/v1/projects/programmes", "/api/v1/projects/programmes/kinds",
                "/api/v1/projects/programmes/1400001", "/api/v1/projects/calls", "/api/v1/projects/calls/1400101",
                "/api/v1/projects/applications", application, application + "/documents")
                .forEach(path -> calls.add(new Call("GET", path, null)));
        calls.addAll(List.of(
                new Call("POST", "/api/v1/projects/programmes", "{}"),
                new Call("PUT", "/api/v1/projects/programmes/1400001", "{}"),
                new Call("POST", "/api/v1/projects/calls", "{}"),
                new Call("PUT", "/api/v1/projects/calls/1400101", "{}"),
                new Call("POST", "/api/v1/projects/applications", "{}"),
                new Call("PUT", application, "{}"),
                new Call("POST", application + "/steps", "{}"),
                new Call("POST", application + "/help", "{}"),
                new Call("POST", application + "/tranches", "{}"),
                new Call("DELETE", application + "/documents/987654321", null)));
        // the county plan: every read, and a write per endpoint with an incomplete body (past the door)
        String plan = "/api/v1/projects/county-plan/" + LINJIANG_PLAN_PROJECT;
        List.of("/api/v1/projects/county-plan", plan, plan + "/review",
                "/api/v1/projects/county-plan/calls/" + LINJIANG_PLAN_CALL + "/budget",
                "/api/v1/projects/county-plan/calls/" + LINJIANG_PLAN_CALL + "/ranking?countyId=2",
                plan + "/documents")
                .forEach(path -> calls.add(new Call("GET", path, null)));
        calls.add(new Call("DELETE", plan + "/documents/987654321", null));
        calls.add(new Call("POST", "/api/v1/projects/county-plan", "{}"));
        calls.add(new Call("PUT", plan, "{}"));
        List.of("submit", "reviewers", "decision", "objections", "objections/0/settlement", "establishment",
                "contract", "milestones/0/done", "tranches", "mid-term", "acceptance", "closure")
                .forEach(step -> calls.add(new Call("POST", plan + "/" + step, "{}")));
        // an entry application's documents: read by both tokens, changed by the read-write one only
        calls.add(new Call("GET", "/api/v1/entry-applications/600000/files", null));
        calls.add(new Call("DELETE", "/api/v1/entry-applications/600000/files/987654321", null));
        // innovation indicators: reads for every token, writes (incomplete bodies) for read-write tokens
        calls.addAll(List.of(
                new Call("GET", "/api/v1/indicators/patents", null),
                new Call("GET", "/api/v1/indicators/high-tech", null),
                new Call("GET", "/api/v1/indicators/figures?enterpriseId=" + LINJIANG_ENTERPRISE, null),
                new Call("GET", "/api/v1/indicators/tally?from=2025-01-01&to=2025-12-31", null),
                new Call("GET", "/api/v1/project-statistics?year=2026&half=1", null),
                new Call("POST", "/api/v1/indicators/patents", "{}"),
                new Call("PUT", "/api/v1/indicators/patents/987654321", "{}"),
                new Call("POST", "/api/v1/indicators/figures", "{}"),
                new Call("PUT", "/api/v1/indicators/figures/987654321", "{}"),
                new Call("POST", "/api/v1/indicators/high-tech", "{}"),
                new Call("POST", "/api/v1/indicators/high-tech/987654321/application", "{}"),
                new Call("POST", "/api/v1/indicators/high-tech/987654321/recognition", "{}"),
                new Call("POST", "/api/v1/indicators/high-tech/987654321/failure", "{}"),
                new Call("POST", "/api/v1/indicators/high-tech/987654321/return", "{}")));
        calls.add(new Call("GET", FINANCING_STATISTICS, null));
        // financing products: reads for every token; writes (incomplete bodies: 422) for the read-write one
        FINANCING_PRODUCT_READS.forEach(path -> calls.add(new Call("GET", path, null)));
        calls.add(new Call("POST", "/api/v1/financing/products", "{}"));
        calls.add(new Call("PUT", "/api/v1/financing/products/GUARANTEED", "{}"));
        SUMMARY_READS.forEach(path -> calls.add(new Call("GET", path, null)));
        calls.addAll(List.of(
                new Call("POST", "/api/v1/summaries/versions?year=2026&half=1&county=2", "{}"),
                new Call("POST", "/api/v1/summaries/versions/1/approval?year=2026&half=1&county=2", "{}"),
                // the sentence templates are the system administrator's: refused to every token
                new Call("PUT", "/api/v1/summaries/templates/1", "{\"version\":0,\"text\":\"科技特派员工作\"}", 403),
                // targets: a city read-write token may set and remove them
                new Call("PUT", "/api/v1/summaries/targets", "{}"),
                new Call("DELETE", "/api/v1/summaries/targets/987654321?version=0", null)));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            boolean read = call.method().equals("GET");
            boolean audit = call.path().contains("audit");
            expect(wrong, "no token", call.method(), call.path(), call.body(), null, 401);
            expect(wrong, "read-only", call.method(), call.path(), call.body(), Api.CITY_RO, read && !audit ? 200 : 403);
            // a permitted write may still be refused for its content (400/404/422): it got past the door
            int readWrite = call.readWrite() != null ? call.readWrite() : audit ? 403 : read ? 200 : 0;
            expect(wrong, "read-write", call.method(), call.path(), call.body(), Api.CITY_RW, readWrite);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anotherCountysCommissionerRecordsByIdAreNotFound() {
        List<String> wrong = new ArrayList<>();
        PageClient yunling = new PageClient().login("yl.clerk", DEMO_PASSWORD);
        assertEquals("/index.xhtml", yunling.page(), "yl.clerk signs in");
        for (String page : List.of(
                "/commissioner/detail.xhtml?id=" + LINJIANG_COMMISSIONER,
                "/commissioner/edit.xhtml?id=" + LINJIANG_COMMISSIONER,
                "/commissioner/assignment.xhtml?id=" + LINJIANG_ASSIGNMENT,
                "/commissioner/demand.xhtml?id=" + LINJIANG_DEMAND,
                "/commissioner/log.xhtml?id=" + LINJIANG_LOG,
                "/enterprise/detail.xhtml?id=" + LINJIANG_ENTERPRISE,
                "/enterprise/edit.xhtml?id=" + LINJIANG_ENTERPRISE,
                "/incubator/carrier.xhtml?id=" + LINJIANG_CARRIER,
                "/incubator/tenant.xhtml?id=" + LINJIANG_TENANT,
                "/incubator/carrier-edit.xhtml?id=" + LINJIANG_CARRIER,
                "/incubator/agreement.xhtml?id=" + LINJIANG_AGREEMENT,
                "/incubator/occupancy.xhtml?id=" + LINJIANG_CARRIER)) {
            int actual = yunling.open(page).status();
            if (actual != 404) {
                wrong.add("yl.clerk " + page + ": expected 404, got " + actual);
            }
        }
        // the same pages do open for the clerk's own county
        int own = yunling.open("/commissioner/detail.xhtml?id=" + YUNLING_COMMISSIONER).status();
        if (own != 200) {
            wrong.add("yl.clerk own commissioner " + YUNLING_COMMISSIONER + ": expected 200, got " + own);
        }

        for (String path : List.of(
                "/api/v1/commissioners/" + LINJIANG_COMMISSIONER,
                "/api/v1/assignments/" + LINJIANG_ASSIGNMENT,
                "/api/v1/service-logs/" + LINJIANG_LOG,
                "/api/v1/demands/" + LINJIANG_DEMAND,
                "/api/v1/demands/" + LINJIANG_DEMAND + "/candidates",
                "/api/v1/assessments/commissioners/" + LINJIANG_COMMISSIONER,
                "/api/v1/carriers/" + LINJIANG_CARRIER,
                "/api/v1/carriers/" + LINJIANG_CARRIER + "/units",
                "/api/v1/carriers/" + LINJIANG_CARRIER + "/units/" + LINJIANG_UNIT,
                "/api/v1/agreements/" + LINJIANG_AGREEMENT)) {
            expect(wrong, "YUNLING_RW", "GET", path, null, Api.YUNLING_RW, 404);
        }
        expect(wrong, "YUNLING_RW", "GET", "/api/v1/carriers/" + YUNLING_CARRIER, null, Api.YUNLING_RW, 200);
        expect(wrong, "YUNLING_RW", "GET", "/api/v1/commissioners/" + YUNLING_COMMISSIONER, null, Api.YUNLING_RW, 200);
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
                    .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        }
        assertEquals("/index.xhtml", browser.page(), role + " signs in");
        return browser;
    }
}
