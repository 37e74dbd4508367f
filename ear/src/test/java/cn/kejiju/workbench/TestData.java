package cn.kejiju.workbench;

import cn.kejiju.workbench.shared.ResidentId;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Fresh, valid test values, so that tests never depend on each other or on the order they run in. */
public final class TestData {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Demo township 城关镇 of 临江县 (county id 2). */
    public static final long TOWNSHIP_CHENGGUAN = 10;
    public static final long COUNTY_LINJIANG = 2;
    /** Demo township 茶山镇 of 云岭县 (county id 3). */
    public static final long TOWNSHIP_CHASHAN = 23;

    private TestData() {
    }

    /** A random unified social credit code of an enterprise registered in 临江县, with a correct check character. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("91359921");
        for (int i = 0; i < 9; i++) {
            code.append(CHARSET.charAt(RANDOM.nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    /**
     * A random resident ID number (GB 11643) of a man, with the correct check character. Resident IDs are
     * unique among commissioners, so the number has to be one no earlier run has registered: the
     * division (35xxxx, Fujian), the birth date (1965–1999) and the sequence are all random.
     */
    public static String residentId() {
        return residentId(true);
    }

    /** A random resident ID number of a man (odd sequence) or a woman (even sequence), as {@link #residentId()}. */
    public static String residentId(boolean male) {
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(RANDOM.nextInt(12_750));
        String first17 = "35" + String.format("%04d", RANDOM.nextInt(10_000))
                + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", RANDOM.nextInt(500) * 2 + (male ? 1 : 0));
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** A random mobile number (139 and eight digits). */
    public static String mobilePhone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A name no other test uses. */
    /** A real PNG picture (a green field under a blue sky, 320 × 240), as a photo taken on site would be. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x87, 0xCE, 0xEB));
        g.fillRect(0, 0, 320, 120);
        g.setColor(new Color(0x3C, 0x9D, 0x4A));
        g.fillRect(0, 120, 320, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String uniqueName(String stem) {
        return stem + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    public static String enterpriseJson(String creditCode, String name, long townshipId) {
        return """
                {"creditCode":"%s","name":"%s","kind":"ENTERPRISE","industry":"电子信息","townshipId":%d,
                 "address":"城关镇工业路8号","contactName":"王经理","contactPhone":"13812345678",
                 "highTechCertificateNo":"GR202535000001","highTechValidUntil":"2028-12-31","smeRegisteredYear":2024}
                """.formatted(creditCode, name, townshipId);
    }
}
