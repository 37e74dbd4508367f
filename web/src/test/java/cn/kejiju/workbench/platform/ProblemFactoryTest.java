package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problem texts come from the bundles, never from the implementation's messages. */
class ProblemFactoryTest {

    private final ProblemFactory problems = new ProblemFactory();

    @Test
    void httpRefusalsAreToldFromTheBundle() {
        Problem problem = problems.http(405, "HTTP 405 Method Not Allowed (org.glassfish.jersey...)", Locale.ENGLISH);
        assertEquals("This address does not take this method; see the Allow header", problem.detail());
        assertFalse(problems.http(400, "A request body is required", Locale.SIMPLIFIED_CHINESE).detail().contains("request body"));
        assertEquals("此地址不能处理这个请求", problems.http(418, "teapot", Locale.SIMPLIFIED_CHINESE).detail());
    }

    @Test
    void aMalformedFieldIsNamedInTheCallersLanguage() {
        Problem problem = problems.malformed("on", Locale.SIMPLIFIED_CHINESE);
        assertTrue(problem.detail().contains("“on”"), problem.detail());
        assertEquals("on", problem.errors().get(0).field());
        assertNull(problems.malformed(null, Locale.ENGLISH).errors());
    }

    @Test
    void aLongPathIsNotEchoed() {
        assertNull(problems.badPath(Locale.ENGLISH).at("/api/v1/" + "x".repeat(300)).instance());
        assertEquals("/api/v1/x", problems.badPath(Locale.ENGLISH).at("/api/v1/x").instance());
    }
}
