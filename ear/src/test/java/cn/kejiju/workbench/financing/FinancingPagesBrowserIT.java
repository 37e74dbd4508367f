package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing pages in headless Chromium, in Chinese: the county financing clerk prepares the approval of
 * an application that is before the committee (agreement, fee rate, a counter-guarantee); the city leader
 * opens the approval dialog, sees what is approved with its file, and approves (confirmed first); a second
 * application on the same nearly used quota is then refused in the dialog, naming the quota, the headroom and
 * the shortfall. The set-up (partners, applications up to the committee) goes through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancingPagesBrowserIT {

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        wait = browser.waitFor();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String statusText() {
        return driver.findElement(By.id("request")).getText();
    }

    @Test
    void theClerkPreparesTheLeaderApprovesAndAnOverQuotaApprovalIsRefused() {
        try {
            prepareApproveAndRefuse();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("financing-failed.png");
            throw e;
        }
        browser.screenshot("financing-refused.png");
    }

    private void prepareApproveAndRefuse() {
        long guarantor = FinancingApiIT.guarantor("STANDARD", "100000000");
        long bank = FinancingApiIT.bank();
        long agreement = FinancingApiIT.agreement(guarantor, bank, "1000000.00");
        Reply first = FinancingApiIT.beforeCommittee(FinancingApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN), bank,
                guarantor, "600000.00");
        String enterprise = first.json().getJsonObject("enterprise").getString("name");
        Reply second = FinancingApiIT.prepared(FinancingApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN), bank, guarantor,
                agreement, "600000.00");
        String bankName = first.json().getJsonObject("bank").getString("name");
        int year = BureauClock.today().getYear();

        browser.signIn("lj.clerk");
        browser.open("/financing/application.xhtml?id=" + FinancingApiIT.id(first));
        wait.until(d -> statusText().contains("审保会审议中") ? true : null);
        browser.click(By.id("actions:openPrepare"));
        browser.dialog("prepareDialog");
        browser.choose("prepareForm:cooperationId", bankName + " " + (year - 1) + "-01-01 – " + (year + 1) + "-12-31");
        browser.type(By.id("prepareForm:feeRate"), "1.5");
        browser.choose("prepareForm:counters:0:counterKind", "房产抵押");
        browser.type(By.id("prepareForm:counters:0:counterDescription"), "厂房抵押");
        browser.type(By.id("prepareForm:counters:0:counterValue"), "900000");
        browser.click(By.id("prepareForm:prepare"));
        wait.until(d -> statusText().contains("待领导审批") ? true : null);
        assertTrue(driver.findElements(By.id("actions:openApproval")).isEmpty(), "the clerk does not decide");

        browser.signIn("leader");
        browser.open("/financing/application.xhtml?id=" + FinancingApiIT.id(first));
        browser.click(By.id("actions:openApproval"));
        String dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approveForm"))).getText();
        assertTrue(dialog.contains(enterprise) && dialog.contains("房产抵押") && dialog.contains("财务报表.png")
                && dialog.contains("60.00"), dialog);
        browser.click(By.id("approveForm:approve"));
        browser.click(By.id("approveForm:confirmYes"));
        wait.until(d -> statusText().contains("已批准") ? true : null);

        browser.open("/financing/application.xhtml?id=" + FinancingApiIT.id(second));
        browser.click(By.id("actions:openApproval"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approveForm")));
        browser.click(By.id("approveForm:approve"));
        browser.click(By.id("approveForm:confirmYes"));
        String refusal = wait.until(d -> {
            String text = d.findElement(By.id("approveForm:approveMessages")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(refusal.contains("超出合作额度") && refusal.contains("剩余 400,000.00")
                && refusal.contains("缺口 200,000.00"), refusal);
        browser.open("/financing/application.xhtml?id=" + FinancingApiIT.id(second));
        assertTrue(statusText().contains("待领导审批"), "the refused approval changed nothing");
    }
}
