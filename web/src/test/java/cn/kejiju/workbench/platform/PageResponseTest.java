package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageResponseTest {

    record TextPage(List<String> items, long total, int page, int size, String next) {
    }

    @Test
    void aPageIsMappedItemByItemKeepingTotalPageAndSize() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 103, 4, 3);

        TextPage response = PageResponse.of(page, n -> "#" + n, TextPage::new);

        assertEquals(new TextPage(List.of("#1", "#2", "#3"), 103, 4, 3, null), response);
    }

    @Test
    void theCursorOfTheNextPageIsKept() {
        Page<Integer> page = new Page<>(List.of(1, 2), 10, 0, 2, "abc");

        assertEquals("abc", PageResponse.of(page, String::valueOf, TextPage::new).next());
    }
}
