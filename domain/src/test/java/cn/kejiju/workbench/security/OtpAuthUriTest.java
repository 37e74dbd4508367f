package cn.kejiju.workbench.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OtpAuthUriTest {

    private static final TotpSecret SECRET = TotpSecret.fromBase32(
            Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));
    private static final String ISSUER = "科技局业务平台";
    private static final String ENCODED_ISSUER = "%E7%A7%91%E6%8A%80%E5%B1%80%E4%B8%9A%E5%8A%A1%E5%B9%B3%E5%8F%B0";

    @Test
    void percentEncodesTheChineseIssuerAsUtf8() {
        assertEquals("otpauth://totp/" + ENCODED_ISSUER + ":zhangsan"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=" + ENCODED_ISSUER
                        + "&algorithm=SHA1&digits=6&period=30",
                OtpAuthUri.of(ISSUER, "zhangsan", SECRET));
    }

    @Test
    void encodesSpacesAsPercentTwentyAndReservedCharacters() {
        String uri = OtpAuthUri.of("Bureau & Co", "zhang san@kejiju.cn", SECRET);
        assertEquals("otpauth://totp/Bureau%20%26%20Co:zhang%20san%40kejiju.cn"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bureau%20%26%20Co"
                        + "&algorithm=SHA1&digits=6&period=30",
                uri);
    }

    @Test
    void decodesBackToIssuerAndAccount() {
        URI uri = URI.create(OtpAuthUri.of(ISSUER, "li.si+admin@kejiju.cn", SECRET));
        assertEquals("otpauth", uri.getScheme());
        assertEquals("totp", uri.getHost());
        assertEquals("/" + ISSUER + ":li.si+admin@kejiju.cn", uri.getPath());
        assertEquals("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30", uri.getQuery());
    }

    @ParameterizedTest
    @CsvSource({
            "'', zhangsan",
            "' ', zhangsan",
            "科技局, ''",
            "科技局:平台, zhangsan",
            "科技局, zhang:san"
    })
    void refusesBlankPartsAndColons(String issuer, String account) {
        assertThrows(IllegalArgumentException.class, () -> OtpAuthUri.of(issuer, account, SECRET));
    }
}
