package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry shows a page with one question for the loads of its rows, the phone masked and the load against the cap. */
class CommissionerListPageTest {

    private final Fixtures f = new Fixtures();
    private final Commissioner zhang = f.commissioner("张伟");
    private final Commissioner li = f.commissioner("李明");
    private final List<Object> asked = new ArrayList<>();

    private CommissionerListPage page(List<Commissioner> shown) {
        CommissionerListPage page = new CommissionerListPage();
        page.county = CountyChoice.known(true, List.of(new jakarta.faces.model.SelectItem(f.county.getId(), "临江县")));
        page.commissionerService = new CommissionerService() {
            @Override
            public Page<Commissioner> list(CommissionerFilter filter, PageRequest request) {
                asked.add(filter);
                return new Page<>(shown, shown.size(), request.page(), request.size());
            }

            @Override
            public Map<Long, Long> activeLoad(Collection<Long> ids) {
                asked.add(List.copyOf(ids));
                return Map.of(zhang.getId(), 3L);
            }

            @Override
            public CommissionerSettings settings() {
                return f.settings;
            }
        };
        return page;
    }

    @Test
    void theLoadsOfAPageAreAskedOnceForAllItsRows() {
        List<CommissionerListPage.Row> rows = page(List.of(zhang, li)).getRows().load(0, 20, Map.of(), Map.of());

        assertEquals(2, rows.size());
        assertEquals(List.of(zhang.getId(), li.getId()), asked.get(1));
        assertEquals(2, asked.size());
    }

    @Test
    void aRowShowsTheLoadAgainstTheCapAndNoneAsZero() {
        List<CommissionerListPage.Row> rows = page(List.of(zhang, li)).getRows().load(0, 20, Map.of(), Map.of());

        assertEquals(3, rows.get(0).getLoad());
        assertEquals(3, rows.get(0).getMaxLoad());
        assertTrue(rows.get(0).isFull());
        assertEquals(0, rows.get(1).getLoad());
        assertFalse(rows.get(1).isFull());
    }

    @Test
    void aRowShowsThePhoneMaskedAndTheCounty() {
        CommissionerListPage.Row row = page(List.of(zhang)).getRows().load(0, 20, Map.of(), Map.of()).get(0);

        assertEquals(PhoneNumber.mask("13912345678"), row.getPhone());
        assertFalse(row.getPhone().contains("12345678"));
        assertEquals("临江县", row.getCounty());
    }

    @Test
    void anEmptyPageAsksNoLoads() {
        page(List.of()).getRows().load(0, 20, Map.of(), Map.of());

        assertEquals(1, asked.size());
    }

    @Test
    void theSearchTextIsStrippedAndBlankIsNoCriterion() {
        CommissionerListPage page = page(List.of());

        page.setText("  张 ");
        assertEquals("张", page.filter().text());
        page.setText("   ");
        assertNull(page.filter().text());
    }

    @Test
    void aCityUserNarrowsTheListToACountyAndACountyUsersChoiceIsNeverApplied() {
        CommissionerListPage city = page(List.of());
        city.getCounty().setValue(f.county.getId());
        assertEquals(f.county.getId(), city.filter().countyId());
        city.getCounty().reset();
        assertNull(city.filter().countyId(), "reset clears the county");
        city.getCounty().setValue(999_999L);
        assertNull(city.filter().countyId(), "an id from the address that is no county is not applied");

        CommissionerListPage county = page(List.of());
        county.county = CountyChoice.known(false, List.of());
        county.getCounty().setValue(f.county.getId());
        assertNull(county.filter().countyId(), "a county user sees her county anyway");
    }
}
