package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseProfile;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projects clerks' reminders: certificates running out within six months, or run out in the last six. */
class HighTechTodoFeedTest {

    private final Fixtures f = new Fixtures();

    private Enterprise holding(String name, LocalDate validUntil) {
        return withId(new Enterprise(Fixtures.creditCode("91350100MA000" + (1000 + name.length())),
                new EnterpriseProfile(name, EnterpriseKind.ENTERPRISE, null, f.township, null, null, null,
                        new HighTechCertificate("GR" + name.length(), validUntil), null), CLOCK));
    }

    @Test
    void renewalDueWithinSixMonthsAndExpiredAfterTheLastValidDay() {
        Enterprise due = holding("临江光电", TODAY.plusMonths(3));
        Enterprise expired = holding("临江新材料公司", TODAY.minusDays(1));
        List<String> calls = new ArrayList<>();
        List<LocalDate> asked = new ArrayList<>();
        HighTechTodoFeed feed = new HighTechTodoFeed();
        feed.indicators = Stubs.of(IndicatorRepository.class, calls,
                Map.<String, Function<Object[], Object>>of("certificatesEnding", args -> {
                    asked.add((LocalDate) args[0]);
                    asked.add((LocalDate) args[1]);
                    return List.of(due, expired);
                }));

        List<TodoDraft> items = feed.due(TODAY);

        assertEquals(List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 12, 29)), asked,
                "six months back to six months ahead, one query");
        assertEquals(HighTechTodoFeed.RENEWAL_DUE, items.get(0).kind());
        assertEquals(HighTechTodoFeed.EXPIRED, items.get(1).kind());
        for (TodoDraft item : items) {
            assertTrue(item.kind().startsWith(feed.kindPrefix()));
            assertEquals(Roles.PROJECT_CLERK, item.role());
            assertEquals(f.county.getId(), item.countyId());
        }
        assertEquals("/indicator/enterprise.xhtml?id=" + due.getId(), items.get(0).link());
        assertEquals(TODAY.plusMonths(3), items.get(0).dueOn());
    }
}
