package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The financing clerks' loan reminders: an instalment due within 7 days, a loan past due, none otherwise. */
class LoanTodoFeedTest {

    private final Fixtures f = new Fixtures();
    private final Partner guarantor = withId(new Partner(PartnerKind.GUARANTOR, new PartnerProfile("长春担保",
            GuarantorCategory.SMALL_MICRO, new BigDecimal("1200000000"), LocalDate.of(2025, 12, 31), null), CLOCK));
    private final Partner bank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("国开行", null, null, null, null),
            CLOCK));

    private Loan loan(LocalDate disbursed) {
        FinancingApplication a = withId(new FinancingApplication(new ApplicationContent(f.company,
                new Product("TECH", "科技贷", 2, true), new BigDecimal("1200000"), 12, "研发", bank, guarantor),
                "lj.clerk", CLOCK));
        a.startDiligence(CLOCK);
        a.recordDiligence("良好", CLOCK);
        a.toCommittee(1, CLOCK);
        a.addOpinion(new CommitteeOpinion("张委员", Vote.FOR, null, Fixtures.TODAY), CLOCK);
        Guarantee g = a.prepare(Outcome.APPROVE, null, withId(new Cooperation(guarantor, bank,
                new BigDecimal("500000000"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), CLOCK)),
                new GuaranteeTerms(new BigDecimal("1200000"), new BigDecimal("1.5"), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), List.of()), "lj.clerk", CLOCK);
        a.approve(g, "leader", CLOCK);
        return withId(Loan.disburse(g, new LoanTerms(new BigDecimal("1200000"), new BigDecimal("4.35"), disbursed,
                disbursed.plusMonths(12), ScheduleMethod.EQUAL_PRINCIPAL), RoundingMode.HALF_UP, "lj.clerk", CLOCK));
    }

    @Test
    void aLoanPastDueAndAnInstalmentDueWithinAWeekAreRemindedOnceEach() {
        Loan overdue = loan(LocalDate.of(2026, 4, 5)); // due 05-05 and 06-05 unpaid on 06-30
        Loan dueSoon = loan(LocalDate.of(2026, 4, 5));
        dueSoon.repay(dueSoon.dueBy(LocalDate.of(2026, 6, 5)), LocalDate.of(2026, 6, 5), "lj.clerk", CLOCK);
        Loan later = loan(LocalDate.of(2026, 6, 20)); // first due 07-20
        List<String> calls = new ArrayList<>();
        List<LocalDate> asked = new ArrayList<>();
        LoanTodoFeed feed = new LoanTodoFeed();
        feed.loans = Stubs.of(LoanRepository.class, calls, Map.<String, Function<Object[], Object>>of("dueBy", args -> {
            asked.add((LocalDate) args[0]);
            return List.of(overdue, dueSoon, later);
        }));

        List<TodoDraft> due = feed.due(Fixtures.TODAY);

        assertEquals(List.of(Fixtures.TODAY.plusDays(7)), asked, "one query for the week ahead");
        assertEquals(2, due.size(), due.toString());
        TodoDraft first = due.get(0);
        assertEquals(LoanTodoFeed.OVERDUE, first.kind());
        assertEquals(String.valueOf(overdue.getId()), first.recordId());
        assertEquals(LocalDate.of(2026, 5, 5), first.dueOn());
        assertEquals("56", first.arguments().get(2), "days past due");
        assertEquals(Roles.FINANCING_CLERK, first.role());
        assertEquals(f.county.getId(), first.countyId());
        assertEquals("/financing/loan.xhtml?id=" + overdue.getId(), first.link());
        TodoDraft second = due.get(1);
        assertEquals(LoanTodoFeed.INSTALMENT_DUE, second.kind());
        assertEquals(LocalDate.of(2026, 7, 5), second.dueOn());
        assertEquals("3", second.arguments().get(1), "the instalment's number");
        assertTrue(second.kind().startsWith(feed.kindPrefix()) && first.kind().startsWith(feed.kindPrefix()));
    }
}
