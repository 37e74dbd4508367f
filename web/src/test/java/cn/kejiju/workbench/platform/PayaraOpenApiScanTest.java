package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraOpenApiScanTest {

    @Test
    void theScanIsRestrictedToTheResourcesOnPayaraOnly() {
        String before = System.getProperty("com.sun.aas.installRoot");
        try {
            System.clearProperty("com.sun.aas.installRoot");
            assertTrue(new PayaraOpenApiScan().getProperties().isEmpty(), "another server scans everything");
            System.setProperty("com.sun.aas.installRoot", "/opt/payara6/glassfish");
            String classes = new PayaraOpenApiScan().getValue(PayaraOpenApiScan.PROPERTY);
            assertTrue(classes.startsWith(RestApplication.class.getName() + ","), classes);
            assertEquals(12, classes.split(",").length, classes);
        } finally {
            if (before == null) {
                System.clearProperty("com.sun.aas.installRoot");
            } else {
                System.setProperty("com.sun.aas.installRoot", before);
            }
        }
    }
}
