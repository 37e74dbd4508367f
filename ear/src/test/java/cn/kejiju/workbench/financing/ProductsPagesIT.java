package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The products page ({@code financing/products.xhtml}): the city's financing clerk adds a product (a bad code and a
 * code already used are refused next to the field), renames and withdraws it (the API lists it inactive) and offers
 * it again; a county's clerk reads the list but cannot change it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductsPagesIT {

    private static final String PAGE = "/financing/products.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static Optional<JsonObject> product(String code) {
        return Api.get("/api/v1/financing/products").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst();
    }

    /** The row index of the product in the list. */
    static String row(String body, String code) {
        Matcher m = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>\\s*<td[^>]*>" + Pattern.quote(code) + "<").matcher(body);
        assertTrue(m.find(), "no row " + code);
        return m.group(1);
    }

    @Test
    void theCityClerkAddsRenamesWithdrawsAndOffersAgainAProduct() {
        String code = "GREEN_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        PageClient page = new PageClient().login("fin.clerk", "Demo@2026").open(PAGE);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("担保贷款") && page.body().contains("知识产权质押"), "the products are listed");

        page.submit("listForm", Map.of(), "newProduct");
        page.submit("productForm", Map.of("code", "green", "name", "绿色贷款", "sortOrder", "10"), "save");
        assertTrue(PageClient.messageOf(page.body(), "productForm:codeMessage").contains("大写字母"),
                PageClient.errors(page.body()));
        page.submit("productForm", Map.of("code", "TECH", "name", "绿色贷款", "sortOrder", "10"), "save");
        assertTrue(PageClient.messageOf(page.body(), "productForm:codeMessage").contains("TECH"),
                PageClient.errors(page.body()));
        page.submit("productForm", Map.of("code", code, "name", "绿色贷款", "sortOrder", "10"), "save");
        assertTrue(page.body().contains("已新增融资产品 绿色贷款（" + code + "）"), PageClient.errors(page.body()));
        assertTrue(product(code).orElseThrow().getBoolean("active"));

        page.submit("listForm", Map.of(), "products:" + row(page.body(), code) + ":edit");
        assertTrue(page.body().contains("修改产品"), "the product opens for editing");
        page.submit("productForm", Map.of("code", code, "name", "绿色科技贷", "sortOrder", "11"), "save"); // unticked
        assertTrue(page.body().contains("已保存融资产品 绿色科技贷（" + code + "）"), PageClient.errors(page.body()));
        JsonObject withdrawn = product(code).orElseThrow();
        assertEquals("绿色科技贷", withdrawn.getString("name"));
        assertFalse(withdrawn.getBoolean("active"), "withdrawn");

        page.submit("listForm", Map.of(), "products:" + row(page.body(), code) + ":edit");
        page.submit("productForm", Map.of("code", code, "name", "绿色科技贷", "sortOrder", "11", "active_input", "on"),
                "save");
        assertTrue(product(code).orElseThrow().getBoolean("active"), "offered again: " + PageClient.errors(page.body()));

        PageClient county = new PageClient().login("lj.clerk", "Demo@2026").open(PAGE);
        assertEquals(200, county.status());
        county.submit("listForm", Map.of(), "newProduct");
        county.submit("productForm", Map.of("code", code + "X", "name", "县级产品", "sortOrder", "12"), "save");
        assertFalse(PageClient.errors(county.body()).isBlank(), "a county's clerk is refused");
        assertTrue(product(code + "X").isEmpty(), "nothing added");
    }
}
