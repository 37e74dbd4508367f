package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county plan's reminders among the projects' ones: each thing due under a contract (a milestone, the mid-term
 * check, the acceptance) from 30 days before its day and while overdue, one item each, for the county's project
 * clerks, opening the project.
 */
class ProjectReminderFeedTest {

    private final Fixtures f = new Fixtures();

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    /** Contracted on 2026-07-08: mid-term due 2026-12-31, acceptance 2027-06-30, milestones 10-31 and 2027-03-31. */
    private PlanProject contracted() {
        Programme programme = withId(new Programme("临江县科技计划", ProgrammeLevel.COUNTY,
                new ProgrammeKind("SUPPORT", "科技支撑", 5), "临江县科技局", CLOCK));
        ProgrammeCall call = withId(new ProgrammeCall(programme, new CallTerms(2026, "2026 年度县级科技计划",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 31), new BigDecimal("1000000"),
                new BigDecimal("300000"), null), CLOCK));
        PlanProject p = withId(new PlanProject(call, f.company, "智慧农业物联网示范", "现代农业",
                new ProjectBudget(new BigDecimal("500000"), new BigDecimal("300000"), new BigDecimal("200000")),
                "proj.clerk", CLOCK));
        p.submit("proj.clerk", CLOCK);
        p.reviewOpened(7L, "proj.clerk", CLOCK);
        p.reviewed(CLOCK);
        p.approve(new BigDecimal("150000"), BigDecimal.ZERO, 5, WorkingDays.weekendsOnly(), null, "leader", CLOCK);
        p.establish("proj.clerk", at(LocalDate.of(2026, 7, 7)));
        p.contract(LocalDate.of(2026, 7, 8), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30),
                List.of(new PlanMilestone("样机完成", LocalDate.of(2026, 10, 31)),
                        new PlanMilestone("示范基地建成", LocalDate.of(2027, 3, 31))), "proj.clerk",
                at(LocalDate.of(2026, 7, 8)));
        return p;
    }

    private static ProjectReminderFeed feed(PlanProject project, List<PlanRepository.DueMilestone> milestones) {
        ProjectReminderFeed feed = new ProjectReminderFeed();
        feed.applications = Stubs.of(ProjectRepository.class, new ArrayList<>(), Map.of());
        feed.plans = Stubs.of(PlanRepository.class, new ArrayList<>(), Map.<String, Function<Object[], Object>>of(
                "dueBy", args -> List.of(project), "milestonesDueBy", args -> milestones));
        return feed;
    }

    @Test
    void anOverdueMilestoneIsAnItemOfItsOwnForTheCountysProjectClerks() {
        PlanProject p = contracted();
        List<TodoDraft> due = feed(p, List.of(new PlanRepository.DueMilestone(p.getId(), 0, "样机完成",
                LocalDate.of(2026, 10, 31)))).due(LocalDate.of(2026, 11, 15));

        assertEquals(1, due.size(), "the mid-term check (12-31) is not within 30 days yet: " + due);
        TodoDraft milestone = due.get(0);
        assertEquals(ProjectReminderFeed.PLAN_MILESTONE_DUE, milestone.kind());
        assertEquals(PlanService.RECORD, milestone.recordType());
        assertEquals(p.getId() + "-0", milestone.recordId());
        assertEquals(f.county.getId(), milestone.countyId());
        assertEquals(Roles.PROJECT_CLERK, milestone.role());
        assertEquals("/project/county-plan-project.xhtml?id=" + p.getId(), milestone.link());
        assertEquals(LocalDate.of(2026, 10, 31), milestone.dueOn());
        assertEquals("样机完成", milestone.arguments().get(3));
    }

    @Test
    void theMidTermCheckRemindsThirtyDaysAheadAndStaysWhileOverdueUntilItIsChecked() {
        PlanProject p = contracted();
        List<TodoDraft> soon = feed(p, List.of()).due(LocalDate.of(2026, 12, 1));
        assertEquals(List.of(ProjectReminderFeed.PLAN_MID_TERM_DUE), soon.stream().map(TodoDraft::kind).toList());
        assertEquals(String.valueOf(p.getId()), soon.get(0).recordId());
        assertEquals(LocalDate.of(2026, 12, 31), soon.get(0).dueOn());

        List<TodoDraft> late = feed(p, List.of()).due(LocalDate.of(2027, 1, 10));
        assertEquals(List.of(ProjectReminderFeed.PLAN_MID_TERM_DUE), late.stream().map(TodoDraft::kind).toList());

        p.midTermChecked(LocalDate.of(2027, 1, 10), null, "proj.clerk", at(LocalDate.of(2027, 1, 10)));
        assertTrue(feed(p, List.of()).due(LocalDate.of(2027, 1, 10)).isEmpty(), "checked: no mid-term item");
        List<TodoDraft> acceptance = feed(p, List.of()).due(LocalDate.of(2027, 6, 1));
        assertEquals(List.of(ProjectReminderFeed.PLAN_ACCEPTANCE_DUE),
                acceptance.stream().map(TodoDraft::kind).toList());
        assertTrue(acceptance.stream().allMatch(d -> d.kind().startsWith(feed(p, List.of()).kindPrefix())));
    }
}
