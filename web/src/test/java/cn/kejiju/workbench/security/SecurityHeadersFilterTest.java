package cn.kejiju.workbench.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every answer carries the protective headers; only pages, not static resources, forbid caching. */
class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final AtomicInteger passedOn = new AtomicInteger();

    private void filter(String uri) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> {
                    if (method.getName().equals("getRequestURI")) {
                        return uri;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        FilterChain chain = (req, res) -> passedOn.incrementAndGet();
        new SecurityHeadersFilter().doFilter(request, response, chain);
    }

    @Test
    void aPageCannotBeFramedSniffedOrCachedAndTheRequestGoesOn() throws Exception {
        filter("/workbench/commissioner/detail.xhtml");

        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        assertEquals("camera=(), microphone=(), geolocation=()", headers.get("Permissions-Policy"));
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals(1, passedOn.get());
    }

    @Test
    void anApiAnswerIsNotCachedEither() throws Exception {
        filter("/workbench/api/v1/commissioners/7");

        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void aFacesResourceMayBeCachedButIsStillProtected() throws Exception {
        filter("/workbench/jakarta.faces.resource/theme.css.xhtml");

        assertFalse(headers.containsKey("Cache-Control"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals(1, passedOn.get());
    }
}
