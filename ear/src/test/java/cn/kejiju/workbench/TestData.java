package cn.kejiju.workbench;

import java.security.SecureRandom;

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

    /** A name no other test uses. */
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
