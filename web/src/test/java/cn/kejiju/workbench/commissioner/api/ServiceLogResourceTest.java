package cn.kejiju.workbench.commissioner.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceLogResourceTest {

    @Test
    void aUtf8FileNameReadAsLatin1IsReadAgain() {
        String garbled = new String("现场照片.jpg".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("现场照片.jpg", ServiceLogResource.utf8(garbled));
    }

    @Test
    void otherNamesStayAsTheyAre() {
        assertEquals("photo.jpg", ServiceLogResource.utf8("photo.jpg"));
        assertEquals("现场.jpg", ServiceLogResource.utf8("现场.jpg"));
        assertEquals("caf\u00e9.jpg", ServiceLogResource.utf8("caf\u00e9.jpg"));
    }
}
