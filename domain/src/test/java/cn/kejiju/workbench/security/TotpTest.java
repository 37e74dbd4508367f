package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B. */
    private static final TotpSecret RFC_SECRET = TotpSecret.fromBase32(
            Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));
    private static final Instant NOW = Instant.parse("2025-10-20T08:00:10Z");

    /** RFC 6238 Appendix B, SHA-1 rows: time, step (T in hex there), 8-digit code. */
    @ParameterizedTest
    @CsvSource({
            "59, 1, 94287082",
            "1111111109, 37037036, 07081804",
            "1111111111, 37037037, 14050471",
            "1234567890, 41152263, 89005924",
            "2000000000, 66666666, 69279037",
            "20000000000, 666666666, 65353130"
    })
    void matchesTheRfc6238TestVectors(long seconds, long expectedStep, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(expectedStep, step);
        assertEquals(eightDigits, Totp.code(RFC_SECRET, step, 8));
        assertEquals(eightDigits.substring(2), Totp.code(RFC_SECRET, step));
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertEquals(0, Totp.step(Instant.ofEpochSecond(29)));
        assertEquals(1, Totp.step(Instant.ofEpochSecond(30)));
        assertEquals(1, Totp.step(Instant.ofEpochSecond(59, 999_999_999)));
        assertEquals(-1, Totp.step(Instant.ofEpochSecond(-1)));
    }

    @Test
    void keepsLeadingZeros() {
        // step 37037036 of the RFC secret is 07081804, so its 6-digit code starts with a zero
        assertEquals("081804", Totp.code(RFC_SECRET, 37037036));
    }

    @Test
    void refusesDigitCountsOutsideRfc4226() {
        assertThrows(IllegalArgumentException.class, () -> Totp.code(RFC_SECRET, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Totp.code(RFC_SECRET, 1, 9));
    }

    @Test
    void acceptsTheCodeOfTheCurrentStep() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        assertEquals(OptionalLong.of(current),
                Totp.verify(secret, Totp.code(secret, current), NOW, Totp.NO_STEP_USED));
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWay() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        assertEquals(OptionalLong.of(current - 1),
                Totp.verify(secret, Totp.code(secret, current - 1), NOW, Totp.NO_STEP_USED));
        assertEquals(OptionalLong.of(current + 1),
                Totp.verify(secret, Totp.code(secret, current + 1), NOW, Totp.NO_STEP_USED));
    }

    @Test
    void acceptsTheRfcCodeAtItsTimeAndRefusesItAMinuteLater() {
        Instant time = Instant.ofEpochSecond(1111111111);
        assertEquals(OptionalLong.of(37037037), Totp.verify(RFC_SECRET, "050471", time, Totp.NO_STEP_USED));
        assertEquals(OptionalLong.empty(),
                Totp.verify(RFC_SECRET, "050471", time.plusSeconds(60), Totp.NO_STEP_USED));
    }

    @Test
    void refusesACodeUsedBefore() {
        TotpSecret secret = TotpSecret.generate();
        String code = Totp.code(secret, Totp.step(NOW));
        long used = Totp.verify(secret, code, NOW, Totp.NO_STEP_USED).orElseThrow();
        assertEquals(OptionalLong.empty(), Totp.verify(secret, code, NOW.plusSeconds(5), used));
    }

    @Test
    void refusesAnOlderCodeOnceANewerOneWasUsed() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        long used = Totp.verify(secret, Totp.code(secret, current), NOW, Totp.NO_STEP_USED).orElseThrow();
        assertEquals(OptionalLong.empty(), Totp.verify(secret, Totp.code(secret, current - 1), NOW, used));
        assertEquals(OptionalLong.of(current + 1),
                Totp.verify(secret, Totp.code(secret, current + 1), NOW, used));
    }

    @Test
    void refusesAnExpiredCode() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        assertEquals(OptionalLong.empty(),
                Totp.verify(secret, Totp.code(secret, current - 2), NOW, Totp.NO_STEP_USED));
        assertEquals(OptionalLong.empty(),
                Totp.verify(secret, Totp.code(secret, current - 100), NOW, Totp.NO_STEP_USED));
    }

    @Test
    void refusesACodeTooFarInTheFuture() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        assertEquals(OptionalLong.empty(),
                Totp.verify(secret, Totp.code(secret, current + 2), NOW, Totp.NO_STEP_USED));
    }

    @Test
    void refusesAWrongCode() {
        TotpSecret secret = TotpSecret.generate();
        long current = Totp.step(NOW);
        Set<String> valid = new HashSet<>();
        for (long step = current - 1; step <= current + 1; step++) {
            valid.add(Totp.code(secret, step));
        }
        int guess = 0;
        while (valid.contains(String.format("%06d", guess))) {
            guess++;
        }
        assertEquals(OptionalLong.empty(),
                Totp.verify(secret, String.format("%06d", guess), NOW, Totp.NO_STEP_USED));
    }

    @Test
    void refusesTheCodeOfAnotherSecret() {
        TotpSecret mine = TotpSecret.generate();
        TotpSecret other = TotpSecret.generate();
        long current = Totp.step(NOW);
        String theirs = Totp.code(other, current);
        boolean collides = theirs.equals(Totp.code(mine, current - 1)) || theirs.equals(Totp.code(mine, current))
                || theirs.equals(Totp.code(mine, current + 1));
        assertEquals(collides, Totp.verify(mine, theirs, NOW, Totp.NO_STEP_USED).isPresent());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345", "1234567", "12345a", " 123456", "123456 ", "123 456", "+12345",
            "-12345", "１２３４５６", "١٢٣٤٥٦"})
    void refusesMalformedCodes(String code) {
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, code, NOW, Totp.NO_STEP_USED));
    }

    @Test
    void refusesAMalformedCodeEvenIfItsDigitsAreRight() {
        Instant time = Instant.ofEpochSecond(1111111111);
        assertTrue(Totp.verify(RFC_SECRET, "050471", time, Totp.NO_STEP_USED).isPresent());
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, "050471 ", time, Totp.NO_STEP_USED));
        assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, "14050471", time, Totp.NO_STEP_USED));
    }
}
