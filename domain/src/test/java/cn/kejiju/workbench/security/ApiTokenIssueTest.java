package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenIssueTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 9, 0);
    private static final Jurisdiction CITY = Jurisdiction.city("359900000000", "江州市");
    private static final Jurisdiction COUNTY = Jurisdiction.under(CITY, "359921000000", "临江县");

    @Test
    void anIssuedTokenMatchesItsSecretOnlyAndIsUsableUntilRevoked() {
        ApiToken.Issued issued = ApiToken.issue("财政局对接", COUNTY, TokenScope.READ, NOW.plusDays(30), "secadmin", NOW);

        assertTrue(issued.secret().startsWith(ApiToken.MARK));
        assertEquals(ApiToken.prefixOf(issued.secret()), issued.token().getPrefix());
        assertTrue(issued.token().matches(issued.secret()));
        assertFalse(issued.token().matches(issued.secret() + "x"));
        assertTrue(issued.token().isUsableOn(NOW));

        issued.token().revoke(NOW.plusDays(1));

        assertTrue(issued.token().isRevoked());
        assertFalse(issued.token().isUsableOn(NOW.plusDays(2)));
    }

    @Test
    void aTokenBelongsToTheCityOrACounty() {
        Jurisdiction township = Jurisdiction.under(COUNTY, "359921101000", "城关镇");

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("乡镇", township, TokenScope.READ, NOW.plusDays(30), "secadmin", NOW));

        assertEquals("token.jurisdictionLevel", refused.messageKey());
        assertEquals("jurisdictionId", refused.field());
    }

    @Test
    void aTokenNeedsAScope() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("无范围", CITY, null, NOW.plusDays(30), "secadmin", NOW));

        assertEquals("scope", refused.field());
    }

    @Test
    void theExpiryLiesWithinTwoYears() {
        assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("过去", CITY, TokenScope.READ, NOW.minusMinutes(1), "secadmin", NOW));
        assertThrows(RuleViolationException.class,
                () -> ApiToken.issue("太远", CITY, TokenScope.READ, NOW.plusYears(2).plusDays(1), "secadmin", NOW));
    }
}
