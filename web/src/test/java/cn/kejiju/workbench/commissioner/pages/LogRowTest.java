package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.ServiceLog;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogRowTest {

    /** A service that answers empty pages and notes what it was asked. */
    private static final class Asked extends ServiceLogService {
        final List<LogFilter> filters = new ArrayList<>();
        final List<PageRequest> requests = new ArrayList<>();

        @Override
        public Page<ServiceLog> listWithIntroductions(LogFilter filter, PageRequest page) {
            filters.add(filter);
            requests.add(page);
            return new Page<>(List.of(), 42, page.page(), page.size());
        }

        @Override
        public long count(LogFilter filter) {
            filters.add(filter);
            return 42;
        }
    }

    @Test
    void aTableOfLogsShowsTheNewestServiceDateFirstUnlessAColumnIsSorted() {
        Asked service = new Asked();
        PagedRows<LogRow> rows = LogRow.rows(service, LogFilter::awaitingReview);

        rows.load(40, 20, Map.of(), Map.of());
        rows.load(0, 20, Map.of("commissioner", SortMeta.builder().field("commissioner").order(SortOrder.ASCENDING).build()),
                Map.of());

        assertEquals(List.of(new PageRequest(2, 20, "serviceDate", false), new PageRequest(0, 20, "commissioner", true)),
                service.requests);
        assertEquals(42, rows.getRowCount());
    }

    @Test
    void theCriteriaAreAskedAgainForEveryLoadAndCount() {
        Asked service = new Asked();
        PagedRows<LogRow> rows = LogRow.rows(service, LogFilter::awaitingReview);

        rows.load(0, 20, Map.of(), Map.of());
        assertEquals(42, rows.count(Map.of()));

        assertEquals(List.of(LogFilter.awaitingReview(), LogFilter.awaitingReview()), service.filters);
    }
}
