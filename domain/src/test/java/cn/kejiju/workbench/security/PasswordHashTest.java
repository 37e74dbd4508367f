package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void matchesOnlyTheSamePasswordAndSaltsEachHash() {
        String first = PasswordHash.hash("Right#Pass2026".toCharArray());
        String second = PasswordHash.hash("Right#Pass2026".toCharArray());
        assertTrue(PasswordHash.matches("Right#Pass2026".toCharArray(), first));
        assertFalse(PasswordHash.matches("right#Pass2026".toCharArray(), first));
        assertNotEquals(first, second, "a fresh salt every time");
        assertTrue(first.startsWith("pbkdf2-sha256$210000$"), "PBKDF2-HMAC-SHA256 with 210,000 iterations");
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(PasswordHash.matches("x".toCharArray(), null));
        assertFalse(PasswordHash.matches("x".toCharArray(), "plain"));
        assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(PasswordHash.matches("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }

    @Test
    void theIterationCountIsReadFromTheStoredValue() {
        // a hash made with fewer iterations (as an older release might have) still verifies
        String weaker = "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$"
                + java.util.Base64.getEncoder().encodeToString(derive("Old#Pass2020", new byte[16], 1000));
        assertTrue(PasswordHash.matches("Old#Pass2020".toCharArray(), weaker));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
