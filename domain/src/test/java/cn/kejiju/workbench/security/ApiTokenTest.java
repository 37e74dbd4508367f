package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);
    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");

    @Test
    void theSecretIsShownOnceAndOnlyItsHashMatches() {
        ApiToken.Issued issued = ApiToken.issue("财政局对接", city, TokenScope.READ, NOW.plusMonths(6), "secadmin", NOW);
        assertTrue(issued.secret().startsWith("wbt_"));
        assertEquals(issued.secret().substring(0, ApiToken.PREFIX_LENGTH), issued.token().getPrefix());
        assertTrue(issued.token().matches(issued.secret()));
        assertFalse(issued.token().matches(issued.secret() + "x"));
    }

    @Test
    void expiredAndRevokedTokensAreNotUsable() {
        ApiToken token = ApiToken.issue("对接", city, TokenScope.READ_WRITE, NOW.plusDays(1), "secadmin", NOW).token();
        assertTrue(token.isUsableOn(NOW));
        assertFalse(token.isUsableOn(NOW.plusDays(1)), "expired");
        token.revoke(NOW);
        assertFalse(token.isUsableOn(NOW), "revoked");
    }

    @Test
    void expiryMustBeFutureAndWithinTwoYears() {
        assertEquals("token.expiry", assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("x", city, TokenScope.READ, NOW.minusDays(1), "secadmin", NOW)).messageKey());
        assertEquals("token.expiry", assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("x", city, TokenScope.READ, NOW.plusYears(3), "secadmin", NOW)).messageKey());
    }

    @Test
    void onlyOurTokensHaveAPrefix() {
        assertNull(ApiToken.prefixOf("Bearer"));
        assertNull(ApiToken.prefixOf("eyJhbGciOiJIUzI1NiJ9.x.y"));
        assertEquals("wbt_abcdefgh", ApiToken.prefixOf("wbt_abcdefghijkl"));
    }
}
