package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpSecretTest {

    @Test
    void generatesTwentyRandomBytes() {
        TotpSecret secret = TotpSecret.generate();
        assertEquals(TotpSecret.LENGTH, Base32.decode(secret.base32()).length);
        assertEquals(32, secret.base32().length());
        assertTrue(secret.base32().matches("[A-Z2-7]{32}"));
        assertNotEquals(secret, TotpSecret.generate());
    }

    @Test
    void readsBackWhatItStores() {
        TotpSecret secret = TotpSecret.generate();
        assertEquals(secret, TotpSecret.fromBase32(secret.base32()));
        assertEquals(secret.hashCode(), TotpSecret.fromBase32(secret.base32()).hashCode());
    }

    @Test
    void readsASecretTypedByHand() {
        assertEquals(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
                TotpSecret.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GEZDGNBVGY3TQOJQGEZDGNBV", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1"})
    void refusesShortOrInvalidText(String text) {
        assertThrows(IllegalArgumentException.class, () -> TotpSecret.fromBase32(text));
    }

    @Test
    void toStringDoesNotRevealTheSecret() {
        TotpSecret secret = TotpSecret.generate();
        String shown = secret.toString();
        assertFalse(shown.contains(secret.base32()), shown);
        assertFalse(shown.contains(secret.base32().substring(0, 4)), shown);
    }

    @Test
    void survivesSerialisation() throws IOException, ClassNotFoundException {
        TotpSecret secret = TotpSecret.generate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(secret);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(secret, in.readObject());
        }
    }
}
