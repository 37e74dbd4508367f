package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TestAccounts;
import cn.kejiju.workbench.security.Totp;
import cn.kejiju.workbench.security.TotpSecret;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL statements of every list and detail endpoint of the API, counted inside the server on a warm
 * path (each call made once before it is counted), with an integrator token: authentication costs
 * none, a list at most 2 + k statements whatever its page size (the page, its total, and one per
 * collection its rows show), a single record at most 3. Every new endpoint belongs in this table.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    private static final int YEAR = BureauClock.today().getYear();

    @PersistenceUnit(unitName = "workbench")
    EntityManagerFactory emf;

    private StatementCounter counter;
    /** Each endpoint with its statements, and whether it keeps within its bound. */
    private final List<String> report = new ArrayList<>();
    private boolean withinBounds = true;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatementCountIT.class, StatementCounter.class, Api.class, Api.Reply.class,
                TestAccounts.class, PageClient.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    @BeforeEach
    void count() {
        counter = new StatementCounter();
        session().getEventManager().addListener(counter);
    }

    @AfterEach
    void stopCounting() {
        session().getEventManager().removeListener(counter);
        Logger.getLogger(StatementCountIT.class.getName()).info(() -> "SQL statements per request:\n  "
                + String.join("\n  ", report));
        assertTrue(withinBounds, "SQL statements per request:\n  " + String.join("\n  ", report));
    }

    private ServerSession session() {
        return emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
    }

    /** The statements of the last request counted. */
    private String lastStatements = "";

    /**
     * Statements of one warm GET with the city's read-only token; the call must succeed. The counter sees every
     * statement of the server, so work in the background (the to-do refresh at start-up, a timer) can add to a
     * request's count: each request is measured three times and the least is the request's own, as a request
     * that really sends too many sends them every time. The bound is the caller's to check.
     */
    private int statements(String path, int bound) {
        assertEquals(200, call(path).status(), path);
        int least = Integer.MAX_VALUE;
        // always the least of three: a statement of the server's own (an hourly to-do refresh, a cache refill)
        // may fall into any one measurement, and the tests compare the city's count with a county's exactly
        for (int attempt = 0; attempt < 3; attempt++) {
            int before = counter.count();
            Reply counted = call(path);
            int after = counter.count();
            assertEquals(200, counted.status(), path + ": " + counted.body());
            if (after - before < least) {
                least = after - before;
                lastStatements = counter.since(before);
            }
        }
        return least;
    }

    /** A GET with the city's read-only token, waiting out the token's rate limit should the test reach it. */
    private static Reply call(String path) {
        Reply reply = Api.get(path, "zh-CN", Api.CITY_RO);
        for (int wait = 0; reply.status() == 429 && wait < 5; wait++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = Api.get(path, "zh-CN", Api.CITY_RO);
        }
        return reply;
    }

    private static String separator(String path) {
        return path.contains("?") ? "&" : "?";
    }

    /** The list with pages of 5 and of 100: at most 2 + collections statements either way. */
    private void list(String path, int collections) {
        int small = statements(path + separator(path) + "size=5", 2 + collections);
        int large = statements(path + separator(path) + "size=100", 2 + collections);
        boolean within = small <= 2 + collections && large <= 2 + collections;
        report.add((within ? "" : "TOO MANY ") + path + ": " + small + " with 5 rows, " + large + " with 100 (≤ "
                + (2 + collections) + ")" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    private void detail(String path) {
        int n = statements(path, 3);
        boolean within = n <= 3;
        report.add((within ? "" : "TOO MANY ") + path + ": " + n + " (≤ 3)" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    /**
     * Statements of one warm page request (a GET of the page in a signed-in session): the page's own reads, the
     * layout's and the session's checks; the least of three, as for the endpoints.
     */
    private void page(PageClient browser, String path, int bound, String what) {
        assertEquals(200, browser.open(path).status(), path);
        int least = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            int before = counter.count();
            browser.open(path);
            int after = counter.count();
            assertEquals(200, browser.status(), path + ": " + browser.body());
            if (after - before < least) {
                least = after - before;
                lastStatements = counter.since(before);
            }
        }
        boolean within = least <= bound;
        report.add((within ? "" : "TOO MANY ") + "page " + path + ": " + least + " (≤ " + bound + ": " + what + ")"
                + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    private static long firstId(String listPath) {
        JsonObject page = Api.get(listPath + separator(listPath) + "size=1", "zh-CN", Api.CITY_RO).json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void masterData() {
        list("/api/v1/jurisdictions", 0);
        list("/api/v1/enterprises", 0);
        detail("/api/v1/jurisdictions/2");
        detail("/api/v1/enterprises/" + firstId("/api/v1/enterprises"));
    }

    @Test
    void commissionerLists() {
        list("/api/v1/commissioners", 3); // specialties, members, and the active load of each
        list("/api/v1/assignments", 0);
        list("/api/v1/demands", 0);
        list("/api/v1/service-logs", 0);
        list("/api/v1/service-logs?status=APPROVED&sort=serviceDate&dir=desc", 0);
        list("/api/v1/todo", 0);
        list("/api/v1/innovations", 1); // the introductions of the page's items, in one grouped count
    }

    /**
     * The lists narrowed to one county (city users see counties): the county's name on every row comes from
     * the jurisdictions' shared cache, so the county costs no statement of its own.
     */
    @Test
    void commissionerListsOfOneCounty() {
        long county = Api.get("/api/v1/commissioners?size=1", "zh-CN", Api.CITY_RO).json().getJsonArray("items")
                .getJsonObject(0).getJsonObject("county").getJsonNumber("id").longValue();
        list("/api/v1/commissioners?county=" + county, 3);
        list("/api/v1/assignments?county=" + county, 0);
        list("/api/v1/demands?county=" + county, 0);
        list("/api/v1/service-logs?county=" + county, 0);
        list("/api/v1/service-logs?status=SUBMITTED&county=" + county, 0);
        // a fixed set whatever the number of rows: the year's commissioners, their approved figures (visits and
        // days, introductions, other results: three aggregates), their ratings and the confirmed years
        list("/api/v1/assessments?year=" + YEAR + "&county=" + county, 4);
        list("/api/v1/assessments/at-risk?year=" + YEAR + "&county=" + county, 4);
    }

    @Test
    void commissionerRecords() {
        detail("/api/v1/commissioners/" + firstId("/api/v1/commissioners"));
        detail("/api/v1/assignments/" + firstId("/api/v1/assignments"));
        detail("/api/v1/demands/" + firstId("/api/v1/demands"));
        detail("/api/v1/service-logs/" + firstId("/api/v1/service-logs"));
        detail("/api/v1/commissioner-settings");
        detail("/api/v1/innovations/" + firstId("/api/v1/innovations"));
    }

    /**
     * The statistics are aggregates grouped by county: the same statements for the city (every county) as for
     * one county, and a fixed number of them (≤ 20 with days outside whole months, which are read from the logs).
     */
    @Test
    void statistics() {
        int city = statements("/api/v1/commissioner-statistics/summary?year=2026&half=1", 20);
        int county = statements("/api/v1/commissioner-statistics/summary?year=2026&half=1&county=2", 20);
        int days = statements("/api/v1/commissioner-statistics/summary?from=2026-01-15&to=2026-06-20", 20);
        int figures = statements("/api/v1/commissioner-statistics?year=2026&half=1&county=2", 20);
        boolean within = city == county && days <= 20 && figures <= 20;
        report.add((within ? "" : "TOO MANY ") + "statistics summary: city " + city + ", one county " + county
                + ", with days " + days + " (≤ 20, the city as many as a county); statistics " + figures
                + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    @Test
    void incubatorCarriers() {
        list("/api/v1/carriers", 1); // the unit totals of the page's carriers
        list("/api/v1/carriers?sort=openedOn&dir=desc", 1);
        list("/api/v1/carriers?countyId=2", 1);
        list("/api/v1/carriers?kind=SCIENCE_PARK&recognitionLevel=MUNICIPAL&q=%E5%88%9B%E4%B8%9A", 1); // q=创业
        long carrier = firstId("/api/v1/carriers");
        detail("/api/v1/carriers/" + carrier);
        list("/api/v1/carriers/" + carrier + "/units", 1); // the carrier, checked against the county
        detail("/api/v1/carriers/" + carrier + "/units/" + firstId("/api/v1/carriers/" + carrier + "/units"));
        detail("/api/v1/carriers/" + carrier + "/occupancy"); // carrier, units, lettings from the day on
    }

    /**
     * The seed's park (carrier 1 of the demo data, 26 units, 16 tenants): its units in pages of 5 and 100, its
     * occupancy on days before, during and after its lettings, its agreements by every filter.
     */
    @Test
    void incubatorTenancies() {
        list("/api/v1/carriers/1/units", 1);
        detail("/api/v1/carriers/1/occupancy?on=2025-06-30"); // every letting still to come: all reserved
        detail("/api/v1/carriers/1/occupancy?on=2026-09-01");
        detail("/api/v1/carriers/1/occupancy?on=2030-01-01"); // nothing from the day on
        detail("/api/v1/carriers/1/occupancy?building=B%E5%8C%BA"); // one building: B区
        list("/api/v1/agreements", 3); // lettings, their units, relief steps
        list("/api/v1/agreements?dir=asc", 3);
        list("/api/v1/agreements?carrierId=1", 3);
        list("/api/v1/agreements?countyId=2&status=ACTIVE", 3);
        list("/api/v1/agreements?q=%E4%B8%B4%E6%B1%9F", 3); // q=临江: the enterprise's name
        detail("/api/v1/agreements/" + firstId("/api/v1/agreements"));
        detail("/api/v1/agreements/" + firstId("/api/v1/agreements?dir=asc"));
        list("/api/v1/tenants", 2); // the page's yearly figures, the graduation criteria
        detail("/api/v1/tenants/" + firstId("/api/v1/tenants")); // tenant, its figures, the criteria
        detail("/api/v1/tenants/graduation-settings");
        detail("/api/v1/incubator-statistics/recognition-thresholds");
    }

    /** The incubator statistics: aggregates by carrier, as many statements for the city as for one county. */
    @Test
    void incubatorStatistics() {
        int city = statements("/api/v1/incubator-statistics?year=2026", 14);
        int county = statements("/api/v1/incubator-statistics?year=2026&county=2", 14);
        boolean within = city == county && city <= 14;
        report.add((within ? "" : "TOO MANY ") + "incubator statistics: city " + city + ", one county " + county
                + " (≤ 14, the city as many as a county)" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    /**
     * The financing statistics: five aggregates by county per period (this one and the same one last year), the
     * counties, the guarantee companies and the agreements; as many statements for the city as for one county.
     */
    @Test
    void financingStatistics() {
        int city = statements("/api/v1/financing-statistics?year=2026", 14);
        int county = statements("/api/v1/financing-statistics?year=2026&county=2", 14);
        boolean within = city == county && city <= 14;
        report.add((within ? "" : "TOO MANY ") + "financing statistics: city " + city + ", one county " + county
                + " (≤ 14, the city as many as a county)" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    /**
     * The work summary: every section's aggregates for the period, the previous period and the same period last
     * year, grouped by county in the statements themselves, so the city costs as many statements as one county.
     */
    @Test
    void workSummary() {
        int city = statements("/api/v1/summaries?year=2026&half=1", 120);
        int county = statements("/api/v1/summaries?year=2026&half=1&county=2", 120);
        boolean within = city <= county + 2 && city <= 120;
        report.add((within ? "" : "TOO MANY ") + "work summary: city " + city + ", one county " + county
                + " (≤ 120, the city about as many as a county)" + (within ? "" : lastStatements));
        withinBounds &= within;
        detail("/api/v1/summaries/versions?year=2026&half=1&county=2");
        detail("/api/v1/summaries/templates");
        // a year without targets: the targets' one query; with targets each section is asked once per county
        // that has targets in it, as the summary asks it
        detail("/api/v1/summaries/targets?year=2099");
    }

    @Test
    void preparedness() {
        list("/api/v1/preparedness/campaigns", 0);
        long campaign = firstId("/api/v1/preparedness/campaigns");
        detail("/api/v1/preparedness/campaigns/" + campaign); // the campaign, its events' tally, its materials' tally
        list("/api/v1/preparedness/events", 0); // county, township and campaign joined
        list("/api/v1/preparedness/events?campaignId=" + campaign, 1); // the campaign, checked against the county
        long event = firstId("/api/v1/preparedness/events");
        detail("/api/v1/preparedness/events/" + event);
        detail("/api/v1/preparedness/events/" + event + "/materials");
        detail("/api/v1/preparedness/materials/stock");
        list("/api/v1/preparedness/volunteer-teams", 0); // county and township joined
        detail("/api/v1/preparedness/volunteer-teams/" + firstId("/api/v1/preparedness/volunteer-teams")); // team, members, attendance
        list("/api/v1/preparedness/register", 0); // county, township and place joined
        detail("/api/v1/preparedness/register/" + firstId("/api/v1/preparedness/register"));
        detail("/api/v1/preparedness/register/gaps"); // the places with their parents, the posts held
        detail("/api/v1/preparedness/events/" + event + "/photos"); // the event, its photos
        // a township's year: the year's criteria, the assessment with its scores, the township's facts
        detail("/api/v1/preparedness/assessments/townships/10?year=2026");
        detail("/api/v1/preparedness/assessment-schemes/2026");
    }

    /**
     * The township assessment of a year (criteria, townships, assessments with their scores, the facts: 4) and the
     * preparedness statistics (counties, three aggregates per period and its last year's, three for the campaigns:
     * 10), as many statements for the city as for one county.
     */
    @Test
    void preparednessAssessmentAndStatistics() {
        int cityList = statements("/api/v1/preparedness/assessments?year=2026", 4);
        int countyList = statements("/api/v1/preparedness/assessments?year=2026&county=2", 4);
        boolean within = cityList <= 4 && countyList <= 4;
        report.add((within ? "" : "TOO MANY ") + "township assessment: city " + cityList + ", one county " + countyList
                + " (≤ 4)" + (within ? "" : lastStatements));
        int city = statements("/api/v1/preparedness/statistics?year=2026", 10);
        int county = statements("/api/v1/preparedness/statistics?year=2026&county=2", 10);
        boolean statistics = city == county && city <= 10;
        report.add((statistics ? "" : "TOO MANY ") + "preparedness statistics: city " + city + ", one county " + county
                + " (≤ 10, the city as many as a county)" + (statistics ? "" : lastStatements));
        withinBounds &= within && statistics;
    }

    @Test
    void projects() {
        list("/api/v1/projects/applications", 0); // call, programme, kind, lead and county joined
        list("/api/v1/projects/applications?level=NATIONAL&year=" + YEAR, 0);
        long application = firstId("/api/v1/projects/applications?status=CONTRACTED");
        detail("/api/v1/projects/applications/" + application); // the application, its partners, its story
        list("/api/v1/projects/applications/" + application + "/documents", 0);
        list("/api/v1/projects/programmes", 0); // kind joined
        detail("/api/v1/projects/programmes/" + firstId("/api/v1/projects/programmes"));
        detail("/api/v1/projects/programmes/kinds");
        list("/api/v1/projects/county-plan", 0); // call, programme, kind, applicant and county joined
        list("/api/v1/projects/county-plan?overdue=true&year=" + YEAR, 0);
        detail("/api/v1/projects/county-plan/" + firstId("/api/v1/projects/county-plan?status=CONTRACTED"));
        long inNotice = firstId("/api/v1/projects/county-plan?status=IN_NOTICE");
        detail("/api/v1/projects/county-plan/" + inNotice);
        list("/api/v1/projects/county-plan/" + inNotice + "/documents", 0); // the project (county check), documents
        list("/api/v1/projects/county-plan/calls/1800001/ranking?countyId=2", 0); // averages, projects
        list("/api/v1/projects/calls", 0); // programme and kind joined
        detail("/api/v1/projects/calls/" + firstId("/api/v1/projects/calls"));
    }

    /**
     * The project and indicator statistics: per period three project aggregates, one of the county plan and four
     * indicator aggregates, grouped by county and programme, twice (the period and last year's), plus the counties and
     * the programmes.
     */
    @Test
    void projectStatistics() {
        int city = statements("/api/v1/project-statistics?year=2026", 16);
        int county = statements("/api/v1/project-statistics?year=2026&half=1&county=2", 16);
        boolean within = city == county && city <= 16;
        report.add((within ? "" : "TOO MANY ") + "project statistics: city " + city + ", one county " + county
                + " (≤ 16, the city as many as a county)" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    @Test
    void indicators() {
        list("/api/v1/indicators/patents", 0); // enterprise and county joined
        list("/api/v1/indicators/patents?type=INVENTION&year=2025", 0);
        detail("/api/v1/indicators/patents/" + firstId("/api/v1/indicators/patents"));
        list("/api/v1/indicators/high-tech", 0); // enterprise (with its certificate) and county joined
        list("/api/v1/indicators/high-tech?expiringWithinMonths=6", 0);
        detail("/api/v1/indicators/high-tech/" + firstId("/api/v1/indicators/high-tech"));
        detail("/api/v1/indicators/figures?enterpriseId=100"); // the enterprise, its figures
        int tally = statements("/api/v1/indicators/tally?from=2025-01-01&to=2025-12-31", 4);
        boolean within = tally <= 4;
        report.add((within ? "" : "TOO MANY ") + "indicator tally: " + tally
                + " (≤ 4: patents filed and granted, recognitions, certificates)" + (within ? "" : lastStatements));
        withinBounds &= within;
    }

    @Test
    void financing() {
        list("/api/v1/financing/applications", 0); // enterprise, county, product and partners joined
        list("/api/v1/financing/applications?status=APPROVED", 0);
        long application = firstId("/api/v1/financing/applications?status=AWAITING_DECISION");
        detail("/api/v1/financing/applications/" + application); // the application, its opinions, its guarantee
        list("/api/v1/financing/applications/" + application + "/files", 0);
        list("/api/v1/financing/partners", 1); // partners, the settings, guarantees in force per company
        detail("/api/v1/financing/partners/" + firstId("/api/v1/financing/partners"));
        list("/api/v1/financing/agreements", 0); // the quota used per agreement
        detail("/api/v1/financing/agreements/" + firstId("/api/v1/financing/agreements"));
        detail("/api/v1/financing/products");
        detail("/api/v1/financing/products/GUARANTEED");
        detail("/api/v1/financing/settings");
        list("/api/v1/financing/loans", 1); // partners joined, the instalments of the page's loans (settings cached)
        list("/api/v1/financing/loans?status=ACTIVE", 1);
        long loan = 624001; // the demo's loan repaid on every due day (db/demo/V10)
        detail("/api/v1/financing/loans/" + loan); // loan with instalments and compensation, repayments, recoveries
        long repayment = Api.get("/api/v1/financing/loans/" + loan, "zh-CN", Api.CITY_RO).json()
                .getJsonArray("repayments").getJsonObject(0).getJsonNumber("id").longValue();
        detail("/api/v1/financing/loans/" + loan + "/repayments/" + repayment);
    }

    /**
     * The financing reference pages: the products page (a list of every product: one read) for the city's financing
     * clerk, and the limits' settings page (one record, cached) for a system administrator with a second factor.
     */
    @Test
    void financingReferencePages() {
        PageClient clerk = new PageClient().login("fin.clerk", "Demo@2026");
        assertEquals("/index.xhtml", clerk.page(), "the city's financing clerk signs in");
        page(clerk, "/financing/products.xhtml", 2, "the products");

        String password = "Counting#Pass2026";
        String admin = accounts.create("stmtcount", Set.of(Role.SYSTEM_ADMIN), 1, password, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());
        PageClient administrator = new PageClient().login(admin, password)
                .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        assertEquals("/index.xhtml", administrator.page(), "the system administrator signs in");
        page(administrator, "/admin/financing-settings.xhtml", 3, "the settings");
    }

    @Test
    void incubatorEntryApplications() {
        list("/api/v1/entry-applications", 0); // enterprise and carrier joined, the county from the cache
        list("/api/v1/entry-applications?status=REVIEWED", 0);
        long application = firstId("/api/v1/entry-applications?status=REVIEWED");
        detail("/api/v1/entry-applications/" + application);
        // the review with its assignments, their scores, the averages of its batch; criteria from the cache
        detail("/api/v1/entry-applications/" + application + "/review");
        JsonObject review = Api.get("/api/v1/entry-applications/" + application + "/review", "zh-CN", Api.CITY_RO).json();
        detail("/api/v1/reviews/" + review.getJsonNumber("id").longValue());
        detail("/api/v1/entry-applications/settings");
        // the application (county check) and its documents' metadata, never their bytes
        detail("/api/v1/entry-applications/" + application + "/files");
    }
}
