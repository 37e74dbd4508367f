package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PagedRowsTest {

    private final Numbers numbers = new Numbers(95);

    private PagedRows<Integer> rows() {
        return PagedRows.of(n -> "n" + n, numbers::apply, () -> 95);
    }

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        Map<String, SortMeta> sortBy = new LinkedHashMap<>();
        sortBy.put(field, SortMeta.builder().field(field).order(order).build());
        return sortBy;
    }

    @Test
    void aPageOfTheTableIsOnePageRequest() {
        PagedRows<Integer> rows = rows();

        List<Integer> loaded = rows.load(20, 10, Map.of(), Map.of());

        assertEquals(Numbers.range(20, 30), loaded);
        assertEquals(List.of(new PageRequest(2, 10, null, true)), numbers.requests);
        assertEquals(95, rows.getRowCount());
    }

    @Test
    void theSortedColumnIsTheSortKeyAndItsDirection() {
        rows().load(0, 10, sortedBy("name", SortOrder.DESCENDING), Map.of());
        rows().load(0, 10, sortedBy("name", SortOrder.ASCENDING), Map.of());

        assertEquals(List.of(new PageRequest(0, 10, "name", false), new PageRequest(0, 10, "name", true)),
                numbers.requests);
    }

    @Test
    void sortFieldsCanBeTranslatedIntoSortKeys() {
        rows().sortKeys(field -> field.toUpperCase()).load(0, 10, sortedBy("name", SortOrder.DESCENDING), Map.of());

        assertEquals(new PageRequest(0, 10, "NAME", false), numbers.requests.get(0));
    }

    @Test
    void withoutASortedColumnTheDefaultOrderApplies() {
        rows().defaultSort("serviceDate", false).load(0, 10, Map.of(), Map.of());
        rows().defaultSort("serviceDate", false).load(0, 10, sortedBy("name", SortOrder.UNSORTED), Map.of());

        assertEquals(List.of(new PageRequest(0, 10, "serviceDate", false), new PageRequest(0, 10, "serviceDate", false)),
                numbers.requests);
    }

    @Test
    void anUnsortedTableIgnoresTheColumnsSort() {
        rows().unsorted().load(0, 10, sortedBy("name", SortOrder.DESCENDING), Map.of());

        assertEquals(new PageRequest(0, 10, null, true), numbers.requests.get(0));
    }

    @Test
    void theExportReadsEveryRowInPagesOfTheLargestSize() {
        Numbers many = new Numbers(450);
        PagedRows<Integer> rows = PagedRows.of(n -> n, many::apply, () -> 450);

        assertEquals(Numbers.range(0, 450), rows.load(0, 450, Map.of(), Map.of()));
        assertEquals(List.of(0, 1, 2), many.requests.stream().map(PageRequest::page).toList());
        assertEquals(PageRequest.MAX_SIZE, many.requests.get(0).size());
    }

    @Test
    void theSourceIsOpenedOncePerLoad() {
        Numbers many = new Numbers(450);
        AtomicInteger opened = new AtomicInteger();
        PagedRows<Integer> rows = PagedRows.opening(n -> n, () -> {
            opened.incrementAndGet();
            return many;
        }, () -> 450);

        rows.load(0, 450, Map.of(), Map.of());

        assertEquals(1, opened.get());
        assertEquals(3, many.requests.size());
    }

    @Test
    void theCountIsTheTotalCappedAtTheLargestInt() {
        assertEquals(95, rows().count(Map.of()));
        assertEquals(Integer.MAX_VALUE, PagedRows.of(n -> n, numbers::apply, () -> 5_000_000_000L).count(Map.of()));
    }

    @Test
    void aRowIsFoundByItsKeyAmongTheRowsShown() {
        PagedRows<Integer> rows = rows();
        rows.setWrappedData(rows.load(0, 10, Map.of(), Map.of()));

        assertEquals("n3", rows.getRowKey(3));
        assertSame(rows.getWrappedData().get(3), rows.getRowData("n3"));
        assertNull(rows.getRowData("n42"));
    }

    @Test
    void aTextCriterionIsStrippedAndBlankIsNone() {
        assertEquals("江州", PagedRows.criterion("  江州 "));
        assertNull(PagedRows.criterion("   "));
        assertNull(PagedRows.criterion(null));
    }
}
