package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.Unchecked;
import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.audit.AuditQuery;
import cn.kejiju.workbench.audit.AuditRepository;
import cn.kejiju.workbench.commissioner.CommissionerRepository;
import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.platform.StatementCounter;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.UserTransaction;
import jakarta.persistence.PersistenceUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ledgers imported from Excel, as a county clerk's integrator (the 云岭县 read-write token) would send the
 * county's real workbooks: a title merged over two rows, full-width digits, blanks around values, a date typed
 * as text, a bad check digit, a duplicate, an unknown employer, another county. The preview names each row's
 * errors in words and stores nothing; a full import is refused while a row has an error; the valid rows are
 * imported as one audited action naming the file. Runs inside the server to read the registry and the trail.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerImportIT {

    private static final String ENTERPRISES = "/api/v1/enterprises/imports";
    private static final String COMMISSIONERS = "/api/v1/commissioners/imports";
    private static final String YUNLING_CODE = "359922000000";
    /** 江州青山农业科技有限公司, a demo enterprise of 云岭县. */
    private static final String REGISTERED_CODE = "91359922NQ72J9GFWF";
    /** 临江县农业科学研究所, a demo institute of 云岭县 (id 121). */
    private static final String INSTITUTE_CODE = "12359922FXLBRL2TM3";
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(LedgerImportIT.class, LedgerFiles.class, TestData.class, Api.class, Api.Reply.class,
                PageClient.class, Unchecked.class, StatementCounter.class);
    }

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    LedgerImportRepository imports;

    @Inject
    AuditRepository audit;

    @PersistenceUnit(unitName = "workbench")
    EntityManagerFactory emf;

    @Resource
    UserTransaction transaction;

    /**
     * Reads stored records as a service does, inside a transaction: the repositories hand out entities whose lazy
     * associations may only be read there (the test servers fail a lazy load after the transaction).
     */
    private void inTransaction(Runnable reads) {
        try {
            transaction.begin();
            try {
                reads.run();
            } finally {
                transaction.rollback();
            }
        } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String wrongCheck(String code) {
        char last = code.charAt(code.length() - 1);
        char other = CHARSET.charAt((CHARSET.indexOf(last) + 1) % CHARSET.length());
        return code.substring(0, code.length() - 1) + other;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static JsonObject rowOf(JsonObject preview, int number) {
        return preview.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getInt("row") == number).findFirst().orElseThrow();
    }

    private static String errorsOf(JsonObject preview, int number) {
        return String.join(" | ", rowOf(preview, number).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("message")).toList());
    }

    private static List<String> columnsOf(JsonObject preview, int number) {
        return rowOf(preview, number).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.isNull("column") ? "" : error.getString("column")).toList();
    }

    private List<AuditEntry> auditOf(String recordType, Object id) {
        return audit.page(new AuditQuery(null, null, null, AuditAction.CREATE, recordType, String.valueOf(id)),
                PageRequest.of(0, 10)).items();
    }

    @Test
    void anEnterpriseListIsPreviewedWithEachRowsErrorsInWordsAndOnlyItsValidRowsImportedAsOneAuditedAction() {
        String good = TestData.creditCode();
        String second = TestData.creditCode();
        List<String> header = List.of("序号", " 企业名称 ", "统一社会信用代码*", "单位类型", "所在乡镇（街道）",
                "所属县（区）", "高企证书编号", "证书有效期至", "联系电话");
        List<List<Object>> rows = List.of(
                row(1d, "  江州云雾茶业有限公司  ", LedgerFiles.fullWidth(good) + " ", "企业", "茶山镇 ", null,
                        "GR202435900999", "2027年12月31日", "１３８００１３８０００"),
                row(2d, "坏校验位公司", wrongCheck(TestData.creditCode()), "企业", "茶山镇"),
                row(3d, "重复代码公司", good, "企业", "茶山镇"),
                row(4d, "已登记公司", REGISTERED_CODE, "企业", "高桥乡"),
                row(5d, "乡镇不明公司", TestData.creditCode(), "企业", "不存在镇"),
                row(6d, "临江某公司", TestData.creditCode(), "企业", "城关镇", "临江县"),
                row(7d, "类型不对公司", TestData.creditCode(), "公司", "云城街道"),
                row(8d, "云岭竹编合作社", second, "农民专业合作社", "云城街道", "云岭县", "GR202435900998",
                        LocalDate.of(2027, 6, 30)));
        byte[] file = LedgerFiles.workbook("云岭县企业名录（2024年）", header, rows);

        Api.Reply previewed = LedgerFiles.upload(ENTERPRISES + "?dryRun=true", "云岭县企业名录.xlsx", file, Api.YUNLING_RW);
        assertEquals(200, previewed.status(), previewed.body());
        JsonObject preview = previewed.json();
        assertEquals(8, preview.getInt("total"));
        assertEquals(2, preview.getInt("valid"));
        assertEquals(6, preview.getInt("invalid"));
        assertEquals("云岭县企业名录.xlsx", preview.getString("fileName"));
        assertEquals(LedgerFiles.sha256(file), preview.getString("sha256"));
        assertTrue(rowOf(preview, 4).getBoolean("valid"), errorsOf(preview, 4));
        assertEquals("江州云雾茶业有限公司", rowOf(preview, 4).getJsonObject("values").getString("name"), "blanks gone");
        assertTrue(errorsOf(preview, 5).contains("统一社会信用代码：统一社会信用代码校验位错误"), errorsOf(preview, 5));
        assertEquals(List.of("creditCode"), columnsOf(preview, 5));
        assertTrue(errorsOf(preview, 6).contains("与本文件第 4 行重复"), errorsOf(preview, 6));
        assertTrue(errorsOf(preview, 7).contains(REGISTERED_CODE + " 已登记"), errorsOf(preview, 7));
        assertTrue(errorsOf(preview, 8).contains("云岭县没有名为“不存在镇”的乡镇（街道）"), errorsOf(preview, 8));
        assertTrue(errorsOf(preview, 9).contains("“临江县”不是本县（区）"), errorsOf(preview, 9));
        assertEquals(List.of("county"), columnsOf(preview, 9));
        assertTrue(errorsOf(preview, 10).contains("单位类型：“公司”不在可选值中"), errorsOf(preview, 10));
        assertTrue(rowOf(preview, 11).getBoolean("valid"), errorsOf(preview, 11));
        assertTrue(enterprises.findByCreditCode(CreditCode.of(good)).isEmpty(), "a preview stores nothing");

        // a yes-or-no that is neither (dryRun=yes) is refused, not read as false: nothing is imported
        Api.Reply unclear = LedgerFiles.upload(ENTERPRISES + "?dryRun=yes&validOnly=true", "云岭县企业名录.xlsx", file,
                Api.YUNLING_RW);
        assertEquals(400, unclear.status(), unclear.body());
        assertEquals("dryRun", unclear.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(enterprises.findByCreditCode(CreditCode.of(second)).isEmpty(), "an unclear request stores nothing");

        Api.Reply all = LedgerFiles.upload(ENTERPRISES + "?dryRun=false", "云岭县企业名录.xlsx", file, Api.YUNLING_RW);
        assertEquals(422, all.status(), all.body());
        assertEquals("file", all.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(all.json().getString("detail").contains("6 行有错误"), all.body());
        assertTrue(enterprises.findByCreditCode(CreditCode.of(good)).isEmpty(), "a refused import stores nothing");
        assertTrue(enterprises.findByCreditCode(CreditCode.of(second)).isEmpty(), "not even the valid rows");

        Api.Reply imported = LedgerFiles.upload(ENTERPRISES + "?dryRun=false&validOnly=true", "云岭县企业名录.xlsx", file,
                Api.YUNLING_RW);
        assertEquals(201, imported.status(), imported.body());
        JsonObject record = imported.json();
        assertEquals(8, record.getInt("total"));
        assertEquals(2, record.getInt("imported"));
        assertEquals(6, record.getInt("skipped"));
        assertEquals(file.length, record.getJsonNumber("size").longValue());
        assertEquals(LedgerFiles.sha256(file), record.getString("sha256"));
        assertEquals(YUNLING_CODE, record.getString("countyCode"));
        JsonArray ids = record.getJsonArray("recordIds");
        assertEquals(2, ids.size());

        inTransaction(() -> {
            var stored = enterprises.findByCreditCode(CreditCode.of(good)).orElseThrow();
            assertEquals(ids.getJsonNumber(0).longValue(), stored.getId());
            assertEquals("江州云雾茶业有限公司", stored.getName());
            assertEquals("茶山镇", stored.getTownship().getName());
            assertEquals(LocalDate.of(2027, 12, 31), stored.highTech().orElseThrow().validUntil(), "the date typed as text");
            assertEquals("13800138000", stored.contactPhone().orElseThrow().value(), "full-width digits");
            var cooperative = enterprises.findByCreditCode(CreditCode.of(second)).orElseThrow();
            assertEquals(LocalDate.of(2027, 6, 30), cooperative.highTech().orElseThrow().validUntil(), "the date cell");
            assertEquals("COOPERATIVE", cooperative.getKind().name());

            long importId = record.getJsonNumber("id").longValue();
            LedgerImport kept = imports.find(importId).orElseThrow();
            assertEquals(List.of(stored.getId(), cooperative.getId()), kept.getRecordIds());
            assertEquals("云岭县企业名录.xlsx", kept.file().name());
            List<AuditEntry> entries = auditOf("LedgerImport", importId);
            assertEquals(1, entries.size(), "one audited action");
            AuditEntry entry = entries.get(0);
            assertEquals(YUNLING_CODE, entry.getJurisdictionCode());
            assertTrue(entry.getDetail().contains("云岭县企业名录.xlsx") && entry.getDetail().contains(LedgerFiles.sha256(file))
                    && entry.getDetail().contains("8 rows, 2 imported, 6 skipped"), entry.getDetail());
            assertTrue(auditOf("Enterprise", stored.getId()).isEmpty(), "the import is the audited action, not each row");
        });

        Api.Reply again = LedgerFiles.upload(ENTERPRISES + "?dryRun=true", "云岭县企业名录.xlsx", file, Api.YUNLING_RW);
        assertTrue(errorsOf(again.json(), 4).contains(good + " 已登记"), "imported rows are registered now");
    }

    @Test
    void aCommissionerLedgerNamesBadIdsUnknownEmployersAndDuplicatesAndImportsTheValidRows() {
        String woman = TestData.residentId(false);
        String man = TestData.residentId(true);
        String badId = wrongDigit(TestData.residentId(true));
        String unknownEmployer = TestData.creditCode();
        List<String> header = List.of("序号", "姓名", "身份证号码", "性别", "联系电话", "派出单位", "派出单位统一社会信用代码",
                "单位类别", "职称", "专业特长", "服务领域", "选派层级", "选派日期", "所属县（区）");
        List<List<Object>> rows = List.of(
                row(1d, "王芳 ", LedgerFiles.fullWidth(woman), "女", TestData.mobilePhone(), "临江县农业科学研究所",
                        INSTITUTE_CODE, "科研院所", "副高", "茶叶栽培、病虫害防治", "农业", "市派", "2024/3/1"),
                row(2d, "李强", badId, "男", null, "江州职业技术学院", null, "高等院校", "中级", null, "农业", "县派",
                        "2024-03-01"),
                row(3d, "赵敏", TestData.residentId(false), null, null, "江州某不存在公司", unknownEmployer, "企业",
                        "初级", null, "工业企业", "县派", "2024-03-01"),
                row(4d, "王芳（重复）", woman, null, null, "江州职业技术学院", null, "高等院校", "中级", null, "农业",
                        "县派", "2024-03-01"),
                row(5d, "陈刚", man, null, null, "江州职业技术学院", null, "高等院校", "正高", null, "工业企业", "省派",
                        LocalDate.of(2024, 5, 6), "云岭县"),
                row(6d, "周杰", TestData.residentId(true), null, null, "江州职业技术学院", null, "高等院校", "正高", null,
                        "农业", "县派", "2024-03-01", "临江县"));
        byte[] file = LedgerFiles.workbook("云岭县科技特派员台账", header, rows);

        Api.Reply previewed = LedgerFiles.upload(COMMISSIONERS, "特派员台账.xlsx", file, Api.YUNLING_RW);
        assertEquals(200, previewed.status(), previewed.body());
        JsonObject preview = previewed.json();
        assertEquals(6, preview.getInt("total"));
        assertEquals(2, preview.getInt("valid"), preview.toString());
        assertTrue(rowOf(preview, 4).getBoolean("valid"), errorsOf(preview, 4));
        assertTrue(rowOf(preview, 4).getJsonObject("values").getString("residentId").contains("*"), "the ID masked");
        assertTrue(errorsOf(preview, 5).contains("身份证号码：公民身份号码校验码错误"), errorsOf(preview, 5));
        assertTrue(errorsOf(preview, 6).contains("派出单位统一社会信用代码：派出单位（统一社会信用代码 " + unknownEmployer
                + "）不在本县的企业/单位名录中"), errorsOf(preview, 6));
        assertTrue(errorsOf(preview, 7).contains("与本文件第 4 行重复"), errorsOf(preview, 7));
        assertTrue(rowOf(preview, 8).getBoolean("valid"), errorsOf(preview, 8));
        assertTrue(errorsOf(preview, 9).contains("“临江县”不是本县（区）"), errorsOf(preview, 9));
        assertTrue(commissioners.findByResidentId(ResidentId.of(woman, "residentId")).isEmpty(), "nothing stored");

        Api.Reply imported = LedgerFiles.upload(COMMISSIONERS + "?dryRun=false&validOnly=true", "特派员台账.xlsx", file,
                Api.YUNLING_RW);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("imported"));
        inTransaction(() -> {
            var wang = commissioners.findByResidentId(ResidentId.of(woman, "residentId")).orElseThrow();
            assertEquals("王芳", wang.getName());
            assertEquals("FEMALE", wang.gender().orElseThrow().name());
            assertEquals(121L, wang.employer().orElseThrow().getId());
            assertEquals(LocalDate.of(2024, 3, 1), wang.getPostedOn());
            assertEquals(List.of("茶叶栽培", "病虫害防治"), wang.getSpecialties());
            assertEquals("CITY", wang.getDispatchLevel().name());
            assertEquals(YUNLING_CODE, wang.getCounty().getCode());
            var chen = commissioners.findByResidentId(ResidentId.of(man, "residentId")).orElseThrow();
            assertEquals(LocalDate.of(2024, 5, 6), chen.getPostedOn());
            assertEquals("INDUSTRY", chen.getField().name());
            long importId = imported.json().getJsonNumber("id").longValue();
            assertEquals(List.of(wang.getId(), chen.getId()), imports.find(importId).orElseThrow().getRecordIds());
            assertEquals(1, auditOf("LedgerImport", importId).size());
        });
    }

    private static String wrongDigit(String id) {
        char last = id.charAt(17);
        char other = last == 'X' ? '0' : last == '9' ? 'X' : (char) (last + 1);
        return id.substring(0, 17) + other;
    }

    @Test
    void aCityUserNamesTheCountyOnEveryRowAndAClerkImportsIntoHerCountyOnly() {
        List<String> header = List.of("统一社会信用代码", "单位名称", "单位类型", "所在乡镇（街道）", "所属县（区）");
        byte[] file = LedgerFiles.workbook("企业名录", header, List.of(
                row(TestData.creditCode(), "无县公司", "企业", "城关镇", null),
                row(TestData.creditCode(), "临江公司", "企业", "城关镇", "临江县"),
                row(TestData.creditCode(), "外省公司", "企业", "城关镇", "某某县")));
        JsonObject city = LedgerFiles.upload(ENTERPRISES, "企业名录.xlsx", file, Api.CITY_RW).json();
        assertTrue(errorsOf(city, 4).contains("市级用户导入时每行都要写明所属县（区）"), errorsOf(city, 4));
        assertTrue(rowOf(city, 5).getBoolean("valid"), "the city imports into any county it names: " + errorsOf(city, 5));
        assertTrue(errorsOf(city, 6).contains("没有名为“某某县”的县（区）"), errorsOf(city, 6));
        JsonObject yunling = LedgerFiles.upload(ENTERPRISES, "企业名录.xlsx", file, Api.YUNLING_RW).json();
        assertTrue(errorsOf(yunling, 4).contains("云岭县没有名为“城关镇”的乡镇（街道）"), "her own county: " + errorsOf(yunling, 4));
        assertTrue(errorsOf(yunling, 5).contains("“临江县”不是本县（区）"), errorsOf(yunling, 5));
        Api.Reply readOnly = LedgerFiles.upload(ENTERPRISES, "企业名录.xlsx", file, Api.CITY_RO);
        assertEquals(403, readOnly.status(), "a read-only token imports nothing, not even a preview: " + readOnly.body());
    }

    @Test
    void aFileThatIsNoLedgerIsAProblemNamingTheFile() {
        Api.Reply text = LedgerFiles.upload(ENTERPRISES, "名录.csv", "单位名称,统一社会信用代码\n".getBytes(StandardCharsets.UTF_8),
                Api.YUNLING_RW);
        assertEquals(422, text.status(), text.body());
        assertTrue(text.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("file", text.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(text.json().getString("detail").contains("不是 Excel 工作簿"), text.body());

        byte[] noHeader = LedgerFiles.workbook("随便一张表", List.of("甲", "乙"), List.of(row("1", "2")));
        Api.Reply headless = LedgerFiles.upload(ENTERPRISES, "表.xlsx", noHeader, Api.YUNLING_RW);
        assertEquals(422, headless.status());
        assertTrue(headless.json().getString("detail").contains("找不到表头"), headless.body());

        byte[] partial = LedgerFiles.workbook("名录", List.of("单位名称", "所属行业"), List.of(row("某公司", "电子")));
        Api.Reply missing = LedgerFiles.upload(ENTERPRISES, "表.xlsx", partial, Api.YUNLING_RW);
        assertEquals(422, missing.status());
        assertTrue(missing.json().getString("detail").contains("缺少必需的列：统一社会信用代码、单位类型、所在乡镇（街道）"),
                missing.body());

        byte[] large = new byte[LedgerUploadsLimit.BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        Api.Reply tooLarge = LedgerFiles.upload(ENTERPRISES, "大文件.xlsx", large, Api.YUNLING_RW);
        assertEquals(422, tooLarge.status());
        assertTrue(tooLarge.json().getString("detail").contains("超过 10 MB"), tooLarge.body());
    }

    @Test
    void eachTemplateDownloadsWithItsChineseColumns() throws Exception {
        for (String path : List.of(ENTERPRISES, COMMISSIONERS)) {
            HttpResponse<byte[]> response = Api.http().send(
                    Api.request(path + "/template", Api.YUNLING_RW).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                String first = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
                assertEquals(path.equals(ENTERPRISES) ? "统一社会信用代码*" : "姓名*", first);
                assertFalse(workbook.getSheetAt(0).getDataValidations().isEmpty(), "drop-down lists");
            }
        }
    }

    /** The upload limit of the server, 10 MB. */
    private static final class LedgerUploadsLimit {
        static final int BYTES = 10 * 1024 * 1024;
    }

    @Test
    void theClerkUploadsOnThePageReadsThePreviewAndImportsTheValidRows() {
        String code = TestData.creditCode();
        byte[] file = LedgerFiles.workbook("临江县企业名录", List.of("统一社会信用代码", "单位名称", "单位类型", "所在乡镇（街道）"),
                List.of(row(code, "页面导入科技有限公司", "企业", "城关镇"), row("123", "坏代码公司", "企业", "城关镇")));
        PageClient page = new PageClient().login("lj.clerk", "Demo@2026").open("/enterprise/import.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("menuEnterpriseImport"), "the menu offers the import to the clerk");
        assertTrue(page.body().contains("enterprises/imports/template"), "the template link");

        page.upload("uploadForm", "file_input", "lj.xlsx", file, "upload");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("文件“lj.xlsx”共 2 行：1 行无误，1 行有错误。"), page.body());
        assertTrue(page.body().contains("统一社会信用代码：统一社会信用代码应为 18 位"), "the error in words, in red");
        assertTrue(page.body().contains("页面导入科技有限公司"));
        assertTrue(enterprises.findByCreditCode(CreditCode.of(code)).isEmpty(), "nothing stored by the preview");

        page.submit("previewForm", java.util.Map.of(), "importValid");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("已导入 1 行，跳过 1 行"), page.body());
        assertTrue(page.body().contains("查看导入的记录"));
        var stored = enterprises.findByCreditCode(CreditCode.of(code)).orElseThrow();
        assertEquals("城关镇", stored.getTownship().getName());
        assertEquals("359921000000", stored.getCounty().getCode());
    }

    /** A commissioner ledger of {@code rows} rows: new ID numbers, employers by credit code, the county named. */
    private static byte[] commissionerLedger(int rows) {
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(row("计数" + i, TestData.residentId(i % 2 == 0), "临江县农业科学研究所", INSTITUTE_CODE, "科研院所",
                    "中级", "农业", "县派", "2024-03-01", "云岭县"));
        }
        return LedgerFiles.workbook("台账", List.of("姓名", "身份证号码", "派出单位", "派出单位统一社会信用代码", "单位类别",
                "职称", "服务领域", "选派层级", "选派日期", "所属县（区）"), lines);
    }

    private int previewStatements(byte[] file) {
        ServerSession session = emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
        StatementCounter counter = new StatementCounter();
        session.getEventManager().addListener(counter);
        try {
            Api.Reply reply = LedgerFiles.upload(COMMISSIONERS, "计数.xlsx", file, Api.YUNLING_RW);
            assertEquals(200, reply.status(), reply.body());
            return counter.count();
        } finally {
            session.getEventManager().removeListener(counter);
        }
    }

    @Test
    void aPreviewRunsTheSameFewStatementsWhateverTheNumberOfRows() {
        previewStatements(commissionerLedger(5));
        int small = previewStatements(commissionerLedger(20));
        int large = previewStatements(commissionerLedger(900));
        assertTrue(large <= small + 2, "statements do not grow with the rows (20 rows: " + small + ", 900: " + large
                + "; a warm token may need a look-up again after its cache time)");
        assertTrue(large <= 8, "divisions, settings, registered IDs, employers: " + large);
    }
}
