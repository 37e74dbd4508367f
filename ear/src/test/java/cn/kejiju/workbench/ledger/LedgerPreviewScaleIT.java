package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A county's whole ledger at once: 10,000 rows previewed through the API. It asserts that every row is checked
 * and prints the time taken (upload, reading, checking and the JSON answer); no time limit is asserted, the
 * machine's load decides the figure. The statements a preview runs do not grow with the rows (divisions once,
 * registered codes and ID numbers in chunks of 1,000), which {@code LedgerImportIT} asserts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerPreviewScaleIT {

    private static final int ROWS = 10_000;
    private static final String[] TOWNSHIPS = {"云城街道", "茶山镇", "高桥乡"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void tenThousandEnterpriseRowsArePreviewed() {
        List<List<Object>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(TestData.creditCode(), "规模测试企业" + i, "企业", TOWNSHIPS[i % TOWNSHIPS.length],
                    "2024年" + (i % 12 + 1) + "月1日", "GR2024" + i));
        }
        byte[] file = LedgerFiles.workbook("云岭县企业名录", List.of("统一社会信用代码", "单位名称", "单位类型",
                "所在乡镇（街道）", "高企证书有效期至", "高新技术企业证书编号"), rows);
        long start = System.nanoTime();
        Api.Reply reply = LedgerFiles.upload("/api/v1/enterprises/imports?dryRun=true", "规模.xlsx", file, Api.YUNLING_RW);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, reply.status(), reply.status() == 200 ? "" : reply.body());
        JsonObject preview = reply.json();
        assertEquals(ROWS, preview.getInt("total"));
        assertEquals(ROWS, preview.getInt("valid"), "codes are random, so the odd duplicate would show here");
        System.out.printf("ledger preview: %,d enterprise rows (%,d bytes) in %,d ms%n", ROWS, file.length, millis);
    }

    @Test
    void tenThousandCommissionerRowsArePreviewed() {
        List<List<Object>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of("规模测试" + i, TestData.residentId(i % 2 == 0), "江州职业技术学院", "高等院校", "中级",
                    "农业", "县派", "2024/3/1"));
        }
        byte[] file = LedgerFiles.workbook("云岭县科技特派员台账", List.of("姓名", "身份证号码", "派出单位", "单位类别", "职称",
                "服务领域", "选派层级", "选派日期"), rows);
        long start = System.nanoTime();
        Api.Reply reply = LedgerFiles.upload("/api/v1/commissioners/imports?dryRun=true", "规模.xlsx", file,
                Api.YUNLING_RW);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, reply.status(), reply.status() == 200 ? "" : reply.body());
        assertEquals(ROWS, reply.json().getInt("total"));
        System.out.printf("ledger preview: %,d commissioner rows (%,d bytes) in %,d ms, %,d valid%n", ROWS, file.length,
                millis, reply.json().getInt("valid"));
    }
}
