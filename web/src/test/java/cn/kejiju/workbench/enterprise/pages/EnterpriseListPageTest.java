package cn.kejiju.workbench.enterprise.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The enterprise list sorts only by the keys offered, masks the contact phone, and asks the day once per load. */
class EnterpriseListPageTest {

    private final Fixtures f = new Fixtures();
    private final List<PageRequest> requests = new ArrayList<>();
    private int todayAsked;

    private EnterpriseListPage page() {
        EnterpriseListPage page = new EnterpriseListPage();
        page.enterpriseService = new EnterpriseService() {
            @Override
            public Page<Enterprise> list(EnterpriseFilter filter, PageRequest request) {
                requests.add(request);
                return new Page<>(List.of(f.company, f.cooperative), 2, request.page(), request.size());
            }

            @Override
            public long count(EnterpriseFilter filter) {
                return 2;
            }

            @Override
            public LocalDate today() {
                todayAsked++;
                return Fixtures.TODAY;
            }
        };
        return page;
    }

    private static Map<String, SortMeta> sortedBy(String field) {
        return Map.of(field, SortMeta.builder().field(field).order(SortOrder.DESCENDING).build());
    }

    @Test
    void aSortedColumnOfferedIsItsSortKey() {
        page().getRows().load(0, 20, sortedBy("creditCode"), Map.of());

        assertEquals(new PageRequest(0, 20, "creditCode", false), requests.get(0));
    }

    @Test
    void aSortKeyNotOfferedIsRefusedNamingTheParameter() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> page().getRows().load(0, 20, sortedBy("contactPhone"), Map.of()));

        assertEquals("page.sortUnknown", refused.messageKey());
        assertEquals("sort", refused.field());
    }

    @Test
    void aRowShowsTheContactPhoneMaskedAndNoneAsNothing() {
        List<EnterpriseListPage.Row> rows = page().getRows().load(0, 20, Map.of(), Map.of());

        assertEquals(PhoneNumber.mask("13912345678"), rows.get(0).getContactPhone());
        assertFalse(rows.get(0).getContactPhone().contains("12345678"));
        assertNull(rows.get(1).getContactPhone());
        assertEquals("临江县", rows.get(0).getCounty());
        assertEquals("城关镇", rows.get(0).getTownship());
    }

    @Test
    void theDayIsAskedOncePerLoadNotPerRow() {
        page().getRows().load(0, 20, Map.of(), Map.of());

        assertEquals(1, todayAsked);
    }

    @Test
    void textCriteriaAreStrippedAndBlankIsNone() {
        EnterpriseListPage page = page();
        page.setText(" 蓝光 ");
        page.setIndustry("  ");

        assertEquals("蓝光", page.filter().text());
        assertNull(page.filter().industry());
    }
}
