package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryResponsesTest {

    @Test
    void filesAreBinaryTextIsNot() {
        for (String type : new String[] {"image/jpeg", "image/png", "application/pdf", "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "IMAGE/PNG"}) {
            assertTrue(BinaryResponses.isBinary(type), type);
        }
        for (String type : new String[] {"text/html", "text/html;charset=UTF-8", "application/json", "application/problem+json",
                "application/xhtml+xml", "text/javascript", "application/javascript", "image/svg+xml", "", null}) {
            assertFalse(BinaryResponses.isBinary(type), type);
        }
    }
}
