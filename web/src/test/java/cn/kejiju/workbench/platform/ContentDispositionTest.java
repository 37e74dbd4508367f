package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDispositionTest {

    @Test
    void theDownloadNamesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"____.jpg\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg",
                ContentDisposition.attachment("现场照片.jpg"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf",
                ContentDisposition.attachment("a\"b.pdf"));
        assertEquals("attachment; filename=\"a*b.pdf\"; filename*=UTF-8''a%2Ab.pdf",
                ContentDisposition.attachment("a*b.pdf"));
    }

    @Test
    void controlAndBidiCharactersNeverReachTheHeader() {
        assertEquals("attachment; filename=\"invoicefdp.exe\"; filename*=UTF-8''invoicefdp.exe",
                ContentDisposition.attachment("invoice\u202Efdp.exe"));
        assertEquals("attachment; filename=\"ab.pdf\"; filename*=UTF-8''ab.pdf",
                ContentDisposition.attachment("a\r\n\u0000b.pdf"));
    }
}
