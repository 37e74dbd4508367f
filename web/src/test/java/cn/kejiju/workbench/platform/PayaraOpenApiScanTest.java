package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

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
            Set<String> scanned = Set.of(classes.split(","));
            Set<String> resources = ApiResourceClasses.all().stream().map(Class::getName).collect(Collectors.toSet());
            assertTrue(scanned.containsAll(resources), "every resource is scanned: " + resources);
        } finally {
            if (before == null) {
                System.clearProperty("com.sun.aas.installRoot");
            } else {
                System.setProperty("com.sun.aas.installRoot", before);
            }
        }
    }
}
