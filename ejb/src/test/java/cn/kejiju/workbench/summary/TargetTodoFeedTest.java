package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leaders' warning of targets behind pro rata: only from October 1, only targets below the expectation. */
class TargetTodoFeedTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private final Fixtures f = new Fixtures();
    private final List<String> calls = new ArrayList<>();

    private SummaryTarget target(String figure, String value) {
        return withId(new SummaryTarget(2026, f.county, "indicator", figure, new BigDecimal(value),
                Map.of("indicator", Set.of("patentsApplied", "patentsGranted")), "市局领导",
                LocalDateTime.of(2026, 1, 5, 9, 0)));
    }

    /** The feed over two targets: patents applied 100 done 60, patents granted 40 done 39. */
    private TargetTodoFeed feed(List<SummaryTarget> targets) {
        TargetTodoFeed feed = new TargetTodoFeed();
        feed.repository = Stubs.of(SummaryRepository.class, calls,
                Map.<String, Function<Object[], Object>>of("targets", args -> {
                    assertEquals(2026, args[0]);
                    return targets;
                }));
        feed.actuals = new TargetActuals() {
            @Override
            public List<TargetStatus> progress(int year, List<SummaryTarget> asked, LocalDate today) {
                calls.add("progress");
                return asked.stream().map(t -> new TargetStatus(t, "临江县", t.progress(
                        t.getFigure().equals("patentsApplied") ? new BigDecimal("60") : new BigDecimal("39"),
                        today))).toList();
            }
        };
        return feed;
    }

    private static LocalDate on(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), BUREAU));
    }

    @Test
    void beforeOctoberNothingIsReadNorRaised() {
        // 2026-09-30 23:30 in the bureau (15:30 UTC): still September
        List<TodoDraft> items = feed(List.of(target("patentsApplied", "100"))).due(on("2026-09-30T15:30:00Z"));
        assertTrue(items.isEmpty());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void fromOctoberTheTargetsBelowProRataWarnTheCountysLeaders() {
        SummaryTarget applied = target("patentsApplied", "100");
        SummaryTarget granted = target("patentsGranted", "40");
        // 2026-10-01 00:30 in the bureau: day 274 of 365, 100 → 75.07 expected (60 is behind), 40 → 30.03 (39 is not)
        List<TodoDraft> items = feed(List.of(applied, granted)).due(on("2026-09-30T16:30:00Z"));
        assertEquals(1, items.size(), items.toString());
        TodoDraft item = items.get(0);
        assertEquals(TargetTodoFeed.BEHIND, item.kind());
        assertTrue(item.kind().startsWith(new TargetTodoFeed().kindPrefix()));
        assertEquals(String.valueOf(applied.getId()), item.recordId());
        assertEquals(Roles.LEADER, item.role());
        assertEquals(f.county.getId(), item.countyId());
        assertEquals("todo.summary.target.behind", item.messageKey());
        assertEquals(List.of("临江县", "text:summary.figure.indicator.patentsApplied", "100", "60", "60", "75.07"), item.arguments());
        assertEquals(LocalDate.of(2026, 12, 31), item.dueOn());
        assertEquals("/summary/targets.xhtml", item.link());
    }

    @Test
    void inDecemberAlmostEveryShortfallWarns() {
        SummaryTarget granted = target("patentsGranted", "40");
        // 2026-12-31: 40 expected, 39 done
        List<TodoDraft> items = feed(List.of(granted)).due(on("2026-12-31T04:00:00Z"));
        assertEquals(1, items.size());
        assertEquals(List.of("临江县", "text:summary.figure.indicator.patentsGranted", "40", "39", "97.5", "40"), items.get(0).arguments());
    }
}
