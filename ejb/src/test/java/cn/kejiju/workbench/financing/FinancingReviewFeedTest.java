package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leaders' to-do of a prepared decision: one per application awaiting it, for its county's leaders. */
class FinancingReviewFeedTest {

    private final Fixtures f = new Fixtures();

    @Test
    void oneItemPerApplicationAwaitingTheDecisionForItsCountysLeaders() {
        Partner guarantor = withId(new Partner(PartnerKind.GUARANTOR, new PartnerProfile("长春担保",
                GuarantorCategory.SMALL_MICRO, new BigDecimal("1200000000"), LocalDate.of(2025, 12, 31), null), CLOCK));
        Partner bank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("国开行", null, null, null, null), CLOCK));
        FinancingApplication application = withId(new FinancingApplication(new ApplicationContent(f.company,
                new Product("TECH", "科技贷", 2, true), new BigDecimal("2345678.90"), 12, "研发", bank, guarantor),
                "lj.clerk", CLOCK));
        List<String> calls = new ArrayList<>();
        List<ApplicationFilter> filters = new ArrayList<>();
        FinancingReviewFeed feed = new FinancingReviewFeed();
        feed.applications = Stubs.of(ApplicationRepository.class, calls,
                Map.<String, Function<Object[], Object>>of("page", args -> {
                    filters.add((ApplicationFilter) args[0]);
                    return new Page<>(List.of(application), 1, 0, 200);
                }));

        List<TodoDraft> due = feed.due(Fixtures.TODAY);

        assertEquals(1, due.size());
        assertEquals(List.of(ApplicationFilter.awaitingDecision()), filters, "the list's own filter, one page");
        TodoDraft item = due.get(0);
        assertEquals(FinancingReviewFeed.AWAITING_DECISION, item.kind());
        assertTrue(item.kind().startsWith(feed.kindPrefix()));
        assertEquals(String.valueOf(application.getId()), item.recordId());
        assertEquals(f.county.getId(), item.countyId());
        assertEquals(Roles.LEADER, item.role());
        assertEquals("/financing/application.xhtml?id=" + application.getId(), item.link());
    }
}
