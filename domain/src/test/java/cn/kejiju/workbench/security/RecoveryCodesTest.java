package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    private static final String FORMAT = "[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";

    @Test
    void generatesTenDistinctCodesInTheFormat() {
        List<String> codes = RecoveryCodes.generate().codes();
        assertEquals(RecoveryCodes.COUNT, codes.size());
        assertEquals(RecoveryCodes.COUNT, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches(FORMAT), code));
    }

    @Test
    void drawsFromTheWholeAlphabetButNoLookAlikes() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            RecoveryCodes.generate().codes().forEach(code -> code.replace("-", "").chars()
                    .forEach(c -> seen.add((char) c)));
        }
        assertEquals(32, seen.size(), seen::toString);
        assertFalse(seen.contains('0') || seen.contains('O') || seen.contains('1') || seen.contains('I'));
    }

    @Test
    void storesTheSha256OfEachCodeWithoutItsDash() throws NoSuchAlgorithmException {
        RecoveryCodes generated = RecoveryCodes.generate();
        assertEquals(RecoveryCodes.COUNT, generated.hashes().size());
        for (int i = 0; i < RecoveryCodes.COUNT; i++) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(generated.codes().get(i).replace("-", "").getBytes(StandardCharsets.US_ASCII));
            assertEquals(HexFormat.of().formatHex(digest), generated.hashes().get(i));
            assertTrue(generated.hashes().get(i).matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void matchesEachCodeToItsIndex() {
        RecoveryCodes generated = RecoveryCodes.generate();
        for (int i = 0; i < RecoveryCodes.COUNT; i++) {
            assertEquals(OptionalInt.of(i), RecoveryCodes.match(generated.codes().get(i), generated.hashes()));
        }
    }

    @Test
    void normalisesCaseBlanksAndDashes() {
        RecoveryCodes generated = RecoveryCodes.generate();
        List<String> hashes = generated.hashes();
        String code = generated.codes().get(3);
        String lower = code.toLowerCase(Locale.ROOT);
        String plain = code.replace("-", "");
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(lower, hashes));
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(" " + plain.substring(0, 4) + " "
                + plain.substring(4) + " ", hashes));
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(plain, hashes));
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(toFullWidth(code), hashes));
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(code.replace('-', '\u2013'), hashes)); // en dash
        assertEquals(OptionalInt.of(3), RecoveryCodes.match(code.replace("-", "\u3000\u2014"), hashes));
    }

    @Test
    void aCodeWorksOnceWhenTheCallerRemovesItsHash() {
        RecoveryCodes generated = RecoveryCodes.generate();
        List<String> stored = new ArrayList<>(generated.hashes());
        String code = generated.codes().get(5);
        int index = RecoveryCodes.match(code, stored).orElseThrow();
        stored.remove(index);
        assertEquals(OptionalInt.empty(), RecoveryCodes.match(code, stored));
        assertEquals(OptionalInt.of(5), RecoveryCodes.match(generated.codes().get(6), stored));
    }

    @Test
    void refusesACodeOfAnotherSet() {
        RecoveryCodes mine = RecoveryCodes.generate();
        RecoveryCodes other = RecoveryCodes.generate();
        for (String code : other.codes()) {
            assertEquals(mine.codes().contains(code), RecoveryCodes.match(code, mine.hashes()).isPresent());
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-", "7K4Q-M2X", "7K4Q-M2XPA", "7K4Q-M2X0", "7K4Q-M2XO", "7K4Q-M2X1", "7K4Q_M2XP"})
    void refusesInputThatCannotBeACode(String entered) {
        List<String> hashes = new ArrayList<>(RecoveryCodes.generate().hashes());
        hashes.add(HexFormat.of().formatHex(sha256("")));
        assertEquals(OptionalInt.empty(), RecoveryCodes.match(entered, hashes));
    }

    @Test
    void toStringDoesNotRevealTheCodes() {
        RecoveryCodes generated = RecoveryCodes.generate();
        String shown = generated.toString();
        generated.codes().forEach(code -> assertFalse(shown.contains(code.substring(0, 4)), shown));
    }

    private static String toFullWidth(String code) {
        StringBuilder wide = new StringBuilder();
        code.chars().forEach(c -> wide.appendCodePoint(c == '-' ? 0xFF0D : c + 0xFEE0));
        return wide.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
