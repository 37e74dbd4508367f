package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loan pages in headless Chromium, in Chinese: 云岭县's financing clerk records the disbursement of an
 * approved application on its page (confirmed first) and lands on the new loan's page with its schedule, records
 * the first instalment as repaid (confirmed first), and the application's page then tells guarantee → loan →
 * repayments. The leader and a city viewer read the loan list and the loan (no money forms for them). The
 * application is approved through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoanPagesBrowserIT {

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

    @Test
    void theClerkDisbursesAndRecordsARepaymentOnThePages() {
        try {
            disburseAndRepay();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("loan-failed.png");
            throw e;
        }
    }

    private void disburseAndRepay() {
        long application = LoanApiIT.approvedApplication("360000.00");

        browser.signIn("yl.clerk");
        browser.open("/financing/application.xhtml?id=" + application);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disburseForm:annualRate")));
        driver.findElement(By.id("disburseForm:annualRate")).sendKeys("4.35");
        browser.click(By.id("disburseForm:disburse"));
        browser.click(By.id("disburseForm:confirmYes"));
        String loanUrl = browser.waitForUrl("/financing/loan.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("instalments")));
        assertEquals(12, driver.findElements(By.cssSelector("#instalments_data tr")).size());
        assertTrue(driver.findElement(By.id("instalments:scheduledPrincipal")).getText().contains("360,000.00"),
                driver.findElement(By.id("instalments:scheduledPrincipal")).getText());
        assertTrue(driver.findElement(By.id("actions")).getText().contains("已登记"), driver.findElement(By.id("actions")).getText());
        browser.screenshot("loan-clerk-disbursed.png");

        // disbursed today, nothing is due: the form offers the first instalment's amount, and paying it today repays
        // that much principal early (no interest is collected ahead); the instalments are generated again
        assertTrue(driver.findElement(By.id("repaymentForm:payable")).getText().contains("360,000.00"),
                "the most a repayment takes today is the principal: " + driver.findElement(By.id("repaymentForm:payable")).getText());
        BigDecimal amount = new BigDecimal(driver.findElement(By.id("repaymentForm:amount")).getAttribute("value")
                .replace(",", ""));
        browser.click(By.id("repaymentForm:repay"));
        browser.click(By.id("confirmForm:confirmYes"));
        wait.until(d -> d.findElements(By.cssSelector("#repaymentTable_data tr:not(.ui-datatable-empty-message)"))
                .size() == 1 ? true : null);
        String flash = driver.findElement(By.id("actions")).getText();
        assertTrue(flash.contains("的还款") && flash.contains("提前归还本金"), flash);
        assertTrue(driver.findElement(By.id("repaymentTable")).getText().contains("提前还本"), "the repayment is marked early");
        String first = driver.findElement(By.cssSelector("#instalments_data tr")).getText();
        assertFalse(first.contains(BureauClock.today().toString()), "no instalment is paid ahead: " + first);
        BigDecimal left = new BigDecimal("360000.00").subtract(amount);
        assertTrue(driver.findElement(By.id("instalments:scheduledPrincipal")).getText().contains(String.format("%,.2f", left)),
                "the table holds the principal left: " + driver.findElement(By.id("instalments:scheduledPrincipal")).getText());
        browser.screenshot("loan-clerk-repaid.png");

        WebElement prepaid = browser.centre(By.id("prepaymentForm:amount"));
        prepaid.clear();
        prepaid.sendKeys("100000");
        browser.click(By.id("prepaymentForm:prepay"));
        browser.click(By.id("confirmForm:confirmYes"));
        wait.until(d -> d.findElements(By.cssSelector("#repaymentTable_data tr")).size() == 2 ? true : null);
        assertTrue(driver.findElement(By.id("actions")).getText().contains("提前还本"), driver.findElement(By.id("actions")).getText());
        assertTrue(driver.findElement(By.id("repaymentTable")).getText().contains("提前还本"), "the early repayment is marked");
        assertEquals(12, driver.findElements(By.cssSelector("#instalments_data tr")).size());
        assertTrue(driver.findElement(By.id("instalments:scheduledPrincipal")).getText().contains(
                String.format("%,.2f", left.subtract(new BigDecimal("100000")))),
                "the table holds what is left after the 100,000 prepaid: "
                        + driver.findElement(By.id("instalments:scheduledPrincipal")).getText());
        browser.screenshot("loan-clerk-prepaid.png");

        browser.open("/financing/application.xhtml?id=" + application);
        String story = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loan"))).getText();
        assertTrue(story.contains("0 / 12") && story.contains("还款中") && story.contains("正常"), story);
        browser.screenshot("loan-application-story.png");

        browser.signIn("leader");
        browser.open("/financing/loans.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:loans")));
        assertTrue(driver.findElement(By.id("listForm:loans")).getText().contains("云岭县"), "the city sees the county column");
        browser.screenshot("loan-list-leader.png");
        driver.get(loanUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("instalments")));
        assertTrue(driver.findElements(By.id("repaymentForm")).isEmpty(), "the leader records no repayment");
        browser.screenshot("loan-leader.png");

        long enterprise = Api.get("/api/v1/financing/applications/" + application).json().getJsonObject("enterprise")
                .getJsonNumber("id").longValue();
        browser.open("/enterprise/detail.xhtml?id=" + enterprise);
        String panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("financing"))).getText();
        assertTrue(panel.contains("已批准") && panel.contains("在保") && panel.contains("还款中") && panel.contains("正常")
                && panel.contains("36.00"), panel);
        browser.screenshot("loan-enterprise-panel.png");
    }
}
