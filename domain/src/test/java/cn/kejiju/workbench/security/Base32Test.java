package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Base32Test {

    /** RFC 4648 section 10, with the padding dropped on encoding. */
    @ParameterizedTest
    @CsvSource(value = {
            "'', '', ''",
            "f, MY, MY======",
            "fo, MZXQ, MZXQ====",
            "foo, MZXW6, MZXW6===",
            "foob, MZXW6YQ, MZXW6YQ=",
            "fooba, MZXW6YTB, MZXW6YTB",
            "foobar, MZXW6YTBOI, MZXW6YTBOI======"
    })
    void matchesTheRfc4648TestVectors(String plain, String unpadded, String padded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertEquals(unpadded, Base32.encode(bytes));
        assertArrayEquals(bytes, Base32.decode(padded));
        assertArrayEquals(bytes, Base32.decode(unpadded));
    }

    @Test
    void decodesLowerCaseWithBlanksBetweenGroups() {
        assertArrayEquals("12345678901234567890".getBytes(StandardCharsets.US_ASCII),
                Base32.decode(" gezd gnbv gy3t qojq\tGEZD GNBV GY3T QOJQ "));
    }

    @Test
    void roundTripsEveryLengthAndByteValue() {
        Random random = new Random(6238);
        for (int length = 0; length <= 41; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(data, Base32.decode(Base32.encode(data)), "length " + length);
        }
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertArrayEquals(all, Base32.decode(Base32.encode(all)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MZXW6YT1", // 1 is not in the alphabet
            "MZXW6YT0", // nor is 0
            "MZXW6YT8",
            "MZX=W6YQ", // padding before the end
            "M", // lengths 1, 3 and 6 (mod 8) cannot come from whole bytes
            "MZX",
            "MZXW6Y",
            "MZ", // "MY" is f; "MZ" has a bit set after the last byte
            "MZXW6YTBOJ"
    })
    void refusesWhatNoEncoderWrites(String text) {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode(text));
    }
}
