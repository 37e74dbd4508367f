package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search field suggests the first 20 commissioners by name for what was typed, and nothing for nothing. */
class CommissionerChoicesTest {

    private final Fixtures f = new Fixtures();
    private final Commissioner zhang = f.commissioner("张伟");
    private final List<CommissionerFilter> filters = new ArrayList<>();
    private final List<PageRequest> requests = new ArrayList<>();
    private final CommissionerChoices choices = new CommissionerChoices();

    CommissionerChoicesTest() {
        choices.commissioners = new CommissionerService() {
            @Override
            public Page<Commissioner> list(CommissionerFilter filter, PageRequest page) {
                filters.add(filter);
                requests.add(page);
                return new Page<>(List.of(zhang), 1, page.page(), page.size());
            }

            @Override
            public Commissioner get(long id) {
                if (id == zhang.getId()) {
                    return zhang;
                }
                throw new NotFoundException("Commissioner", id);
            }
        };
    }

    @Test
    void nothingTypedSuggestsNothingAndAsksNothing() {
        assertTrue(choices.complete(null).isEmpty());
        assertTrue(choices.complete("   ").isEmpty());
        assertTrue(requests.isEmpty());
    }

    @Test
    void whatWasTypedIsSearchedStrippedForTheFirstTwentyByName() {
        List<Choice> suggested = choices.complete("  张 ");

        assertEquals(List.of(new Choice(zhang.getId(), "张伟")), suggested);
        assertEquals(List.of(new PageRequest(0, 20, "name", true)), requests);
        assertEquals("张", filters.get(0).text());
    }

    @Test
    void aCommissionerTheCallerMayNotSeeIsNoChoice() {
        assertEquals(Optional.of(new Choice(zhang.getId(), "张伟")), choices.choice(zhang.getId()));
        assertEquals(Optional.empty(), choices.choice(99_999L));
    }
}
