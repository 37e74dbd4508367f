package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-token rate limit, made deterministic: the policy is set to 2 requests per second for the
 * test (as the security administrator could), so that a quick series exceeds it on any machine.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RateLimitIT.class, Api.class, Api.Reply.class);
    }

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    private void rate(int perSecond) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update security_policy set token_rate_per_second = " + perSecond + " where id = 1");
        }
    }

    @AfterEach
    void restore() throws SQLException {
        rate(50);
    }

    @Test
    void beyondTheRateTheApiAnswers429WithRetryAfterAndRecovers() throws Exception {
        rate(2);
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(Api.sendOnce(Api.request("/api/v1/jurisdictions/2", Api.YUNLING_RW).GET().build()));
        }
        Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow(
                () -> new AssertionError("no 429 in " + replies.stream().map(Reply::status).toList()));
        assertEquals("1", limited.header("Retry-After"));
        assertTrue(limited.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(429, limited.json().getInt("status"));

        Thread.sleep(1500);
        assertTrue(Api.get("/api/v1/jurisdictions/3", null, Api.YUNLING_RW).status() != 429, "the bucket refills");
    }
}
