package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every refusal of a password costs one hash, like a success: the time tells nothing. */
class PasswordCheckTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);
    private static final String DECOY = "decoy-hash";
    private final Jurisdiction county = Jurisdiction.under(Jurisdiction.city("359900000000", "江州市"), "359921000000", "临江县");
    private final List<String> hashed = new ArrayList<>();
    private final PasswordCheck check = new PasswordCheck((password, stored) -> {
        hashed.add(stored);
        return stored.equals("hash-of-" + new String(password));
    }, DECOY);

    private UserAccount user() {
        return new UserAccount("zhang.san", "张三", Set.of(Role.VIEWER), county, "hash-of-Right#2026", NOW);
    }

    @Test
    void anUnknownUserIsHashedAgainstTheDecoy() {
        assertEquals(PasswordCheck.Outcome.UNKNOWN, check.check(null, "Right#2026".toCharArray(), NOW));
        assertEquals(List.of(DECOY), hashed);
    }

    @Test
    void aLockedAccountIsHashedAsAWrongPasswordIs() {
        UserAccount locked = user();
        PasswordPolicy policy = PasswordPolicy.defaults();
        for (int i = 0; i < policy.getMaxFailures(); i++) {
            locked.recordFailure(policy, NOW);
        }
        assertEquals(PasswordCheck.Outcome.LOCKED, check.check(locked, "Right#2026".toCharArray(), NOW));
        assertEquals(PasswordCheck.Outcome.LOCKED, check.check(locked, "wrong".toCharArray(), NOW));
        assertEquals(PasswordCheck.Outcome.WRONG, check.check(user(), "wrong".toCharArray(), NOW));
        assertEquals(List.of("hash-of-Right#2026", "hash-of-Right#2026", "hash-of-Right#2026"), hashed);
    }

    @Test
    void aDisabledAccountIsHashedToo() {
        UserAccount disabled = user();
        disabled.disable(2);
        assertEquals(PasswordCheck.Outcome.DISABLED, check.check(disabled, "Right#2026".toCharArray(), NOW));
        assertEquals(1, hashed.size());
    }

    @Test
    void theRightPasswordPasses() {
        assertEquals(PasswordCheck.Outcome.RIGHT, check.check(user(), "Right#2026".toCharArray(), NOW));
        assertEquals(PasswordCheck.Outcome.WRONG, check.check(user(), null, NOW));
        assertEquals(2, hashed.size());
    }
}
