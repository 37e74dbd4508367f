package cn.kejiju.workbench.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer carries the protective headers and the policy of web.xml; only static resources may be cached. */
class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; object-src 'none'; script-src 'self'";

    private final Map<String, String> headers = new HashMap<>();

    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (answers.containsKey(method.getName())) {
                        return answers.get(method.getName());
                    }
                    throw new AssertionError("a call the test does not expect: " + method.getName());
                }));
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                        return null;
                    }
                    throw new AssertionError("a call the test does not expect: " + method.getName());
                });
    }

    private static ServletContext context(String policy) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getInitParameter", policy);
        return stub(ServletContext.class, answers);
    }

    private static HttpServletRequest request(String uri) {
        return stub(HttpServletRequest.class, Map.of("getRequestURI", uri, "getContextPath", "/workbench"));
    }

    @Test
    void anAnswerCannotBeFramedSniffedOrCachedAndCarriesThePolicy() {
        SecurityHeaders.apply(context(POLICY), response(), false);

        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        assertEquals("camera=(), microphone=(), geolocation=()", headers.get("Permissions-Policy"));
        assertEquals(POLICY + ";", headers.get("Content-Security-Policy"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void aStaticResourceMayBeCachedButIsStillProtected() {
        SecurityHeaders.apply(context(POLICY), response(), true);

        assertFalse(headers.containsKey("Cache-Control"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
    }

    @Test
    void onlyTheFacesResourcesOfTheApplicationAreStatic() {
        assertTrue(SecurityHeaders.isStaticResource(request("/workbench/jakarta.faces.resource/theme.css.xhtml")));
        assertFalse(SecurityHeaders.isStaticResource(request("/workbench/commissioner/detail.xhtml")));
        assertFalse(SecurityHeaders.isStaticResource(request("/workbench/api/v1/commissioners/7")));
    }

    @Test
    void aMissingPolicyIsAnErrorOfTheDeploymentNotAnAnswerWithoutOne() {
        assertThrows(IllegalStateException.class, () -> SecurityHeaders.apply(context(" "), response(), false));
    }
}
