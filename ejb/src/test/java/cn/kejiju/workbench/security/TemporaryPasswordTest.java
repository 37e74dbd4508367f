package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A temporary password never reaches a log: its text names the account and hides the password. */
class TemporaryPasswordTest {

    @Test
    void itsTextNamesTheAccountButNeverThePassword() {
        UserAccount account = new UserAccount("zhangwei", "张伟", Set.of(Role.COMMISSIONER_CLERK),
                new Fixtures().county, "hash", LocalDateTime.of(2026, 6, 30, 10, 0));

        String text = new TemporaryPassword(account, "Kx7-pQ2-zR9").toString();

        assertTrue(text.contains("zhangwei"), text);
        assertFalse(text.contains("Kx7-pQ2-zR9"), text);
    }
}
