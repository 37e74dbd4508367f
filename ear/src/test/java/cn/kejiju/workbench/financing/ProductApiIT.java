package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.kejiju.workbench.financing.FinancingApiIT.assertProblem;
import static cn.kejiju.workbench.financing.FinancingApiIT.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing products through the API (the products page's twin): the list and one product by its code, adding one
 * at city level, changing one on top of the version read (409 when stale), refusals as problem documents naming the
 * field (400 malformed, 422 the product's rules, 404 an unknown code), and who may write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductApiIT {

    private static final String PRODUCTS = "/api/v1/financing/products";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A code no earlier run has taken. */
    static String newCode() {
        return "IT_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
    }

    static Reply define(String code, String name, int sortOrder) {
        return send("POST", PRODUCTS, """
                {"code":"%s","name":"%s","sortOrder":%d}""".formatted(code, name, sortOrder), Api.CITY_RW);
    }

    static String field(Reply problem) {
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void theListAndOneProductByItsCode() {
        JsonObject guaranteed = Api.get(PRODUCTS).json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals("GUARANTEED")).findFirst().orElseThrow();
        assertTrue(guaranteed.containsKey("sortOrder") && guaranteed.containsKey("version"), guaranteed.toString());
        Reply one = Api.get(PRODUCTS + "/GUARANTEED");
        assertEquals(200, one.status(), one.body());
        assertEquals(guaranteed, one.json());
        assertProblem(Api.get(PRODUCTS + "/NO_SUCH_PRODUCT"), 404, "not-found");
    }

    @Test
    void aProductIsAddedThenChangedOnTopOfTheVersionRead() {
        String code = newCode();
        Reply created = define(code, "科技融资租赁", 50);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith(PRODUCTS + "/" + code), created.header("Location"));
        assertEquals(code, created.json().getString("code"));
        assertTrue(created.json().getBoolean("active"));
        assertEquals(50, created.json().getInt("sortOrder"));
        long version = created.json().getJsonNumber("version").longValue();
        assertProblem(define(code, "重复", 51), 409, "conflict.financing.product.codeTaken");

        Reply changed = send("PUT", PRODUCTS + "/" + code, """
                {"name":" 科技融资租赁（停办） ","sortOrder":60,"active":false,"version":%d}""".formatted(version),
                Api.CITY_RW);
        assertEquals(200, changed.status(), changed.body());
        assertEquals("科技融资租赁（停办）", changed.json().getString("name"));
        assertFalse(changed.json().getBoolean("active"));
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue());

        Reply stale = send("PUT", PRODUCTS + "/" + code, """
                {"name":"过时的改名","sortOrder":61,"active":true,"version":%d}""".formatted(version), Api.CITY_RW);
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.header("Content-Type").startsWith("application/problem+json"), stale.header("Content-Type"));
        assertEquals(changed.json(), Api.get(PRODUCTS + "/" + code).json(), "a stale change changes nothing");

        // active absent: unchanged (still withdrawn); the code in the body is not read on a change
        Reply renamed = send("PUT", PRODUCTS + "/" + code, """
                {"code":"OTHER","name":"融资租赁","sortOrder":62,"version":%d}""".formatted(version + 1), Api.CITY_RW);
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(code, renamed.json().getString("code"));
        assertFalse(renamed.json().getBoolean("active"));
        JsonObject listed = Api.get(PRODUCTS).json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(renamed.json(), listed);
    }

    @Test
    void refusalsAreProblemsNamingTheField() {
        Reply lower = define("lower_case", "小写代码", 1);
        assertProblem(lower, 422, "rule.financing.product.code");
        assertEquals("code", field(lower));
        Reply longName = define(newCode(), "名".repeat(41), 1);
        assertProblem(longName, 422, "rule.financing.product.name");
        assertEquals("name", field(longName));
        Reply noOrder = send("POST", PRODUCTS, "{\"code\":\"" + newCode() + "\",\"name\":\"无序\"}", Api.CITY_RW);
        assertProblem(noOrder, 422, "rule.financing.product.sortOrder");
        assertEquals("sortOrder", field(noOrder));
        Reply word = send("POST", PRODUCTS, "{\"code\":\"" + newCode() + "\",\"name\":\"字\",\"sortOrder\":\"abc\"}",
                Api.CITY_RW);
        assertEquals(400, word.status(), word.body());
        assertEquals("sortOrder", field(word));
        assertEquals(400, send("POST", PRODUCTS, "{", Api.CITY_RW).status());

        String code = newCode();
        Reply created = define(code, "待改", 70);
        assertEquals(201, created.status(), created.body());
        long version = created.json().getJsonNumber("version").longValue();
        Reply noVersion = send("PUT", PRODUCTS + "/" + code, "{\"name\":\"改\",\"sortOrder\":70}", Api.CITY_RW);
        assertProblem(noVersion, 422, "rule.field.required");
        assertEquals("version", field(noVersion));
        Reply badOrder = send("PUT", PRODUCTS + "/" + code, "{\"name\":\"改\",\"sortOrder\":10000,\"version\":" + version + "}",
                Api.CITY_RW);
        assertProblem(badOrder, 422, "rule.financing.product.sortOrder");
        assertProblem(send("PUT", PRODUCTS + "/NO_SUCH_PRODUCT", "{\"name\":\"改\",\"sortOrder\":1,\"version\":0}",
                Api.CITY_RW), 404, "not-found");
        assertEquals("待改", Api.get(PRODUCTS + "/" + code).json().getString("name"), "nothing refused was changed");
    }

    @Test
    void onlyTheCitysWritersAddOrChangeProducts() {
        String body = "{\"code\":\"" + newCode() + "\",\"name\":\"越权\",\"sortOrder\":1}";
        assertEquals(403, send("POST", PRODUCTS, body, Api.CITY_RO).status());
        Reply county = send("POST", PRODUCTS, body, Api.YUNLING_RW);
        assertEquals(403, county.status(), county.body());
        assertEquals(401, send("POST", PRODUCTS, body, null).status());
        long version = Api.get(PRODUCTS + "/GUARANTEED").json().getJsonNumber("version").longValue();
        assertEquals(403, send("PUT", PRODUCTS + "/GUARANTEED",
                "{\"name\":\"县改\",\"sortOrder\":1,\"version\":" + version + "}", Api.YUNLING_RW).status());
        assertEquals(version, Api.get(PRODUCTS + "/GUARANTEED").json().getJsonNumber("version").longValue());
    }

    @Test
    void theOpenApiDocumentNamesTheProductOperations() {
        Reply document = Api.send(Api.request(URI.create(Api.BASE).resolve("/openapi").toString())
                .header("Accept", "application/json").GET().build());
        assertEquals(200, document.status());
        for (String operation : List.of("listFinancingProducts", "getFinancingProduct", "defineFinancingProduct",
                "updateFinancingProduct", "FinancingProductRequest")) {
            assertTrue(document.body().contains("\"" + operation + "\""), operation);
        }
    }
}
