package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incubation period on the to-do list: 90 days before its end and once it has run out. */
class IncubatorTodoFeedTest {

    private static final LocalDate TODAY = LocalDate.of(2029, 1, 15);

    private IncubatorTodoFeed feed(List<RunningIncubation> running) {
        IncubatorTodoFeed feed = new IncubatorTodoFeed();
        feed.tenancies = Stubs.of(TenancyRepository.class, new ArrayList<>(),
                Map.<String, Function<Object[], Object>>of("running", args -> running));
        feed.months = 48;
        feed.byIndustry = "生物医药:60";
        return feed;
    }

    @Test
    void warnsBeforeTheEndAndWhenItHasRunOutForTheCountysClerks() {
        List<TodoDraft> due = feed(List.of(
                new RunningIncubation(1, 11, 2, "临江星火软件", "软件和信息服务", LocalDate.of(2025, 3, 1)),
                new RunningIncubation(2, 12, 2, "同心精工模具", "装备制造", LocalDate.of(2024, 12, 1)),
                new RunningIncubation(3, 13, 3, "禾润生物", "生物医药", LocalDate.of(2024, 12, 1)),
                new RunningIncubation(4, 14, 2, "新入孵", "电子信息", LocalDate.of(2026, 1, 1)))).due(TODAY);

        assertEquals(2, due.size(), due.toString());
        TodoDraft ending = due.get(0);
        assertEquals(IncubatorTodoFeed.PERIOD_ENDING, ending.kind());
        assertEquals("1", ending.recordId());
        assertEquals(2L, ending.countyId());
        assertEquals(Roles.INCUBATOR_CLERK, ending.role());
        assertEquals("/incubator/agreement.xhtml?id=11", ending.link());
        assertEquals(LocalDate.of(2029, 2, 28), ending.dueOn());
        TodoDraft runOut = due.get(1);
        assertEquals(IncubatorTodoFeed.PERIOD_RUN_OUT, runOut.kind());
        assertEquals("2", runOut.recordId());
        assertTrue(due.stream().allMatch(d -> d.kind().startsWith(feed(List.of()).kindPrefix())));
    }
}
