package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FinancingApplicationTest {

    private final Fixtures f = new Fixtures();
    private final Partner guarantor = withId(new Partner(PartnerKind.GUARANTOR, new PartnerProfile("长春担保",
            GuarantorCategory.SMALL_MICRO, new BigDecimal("1000000000"), LocalDate.of(2025, 12, 31), null), CLOCK));
    private final Partner bank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("国开行", null, null, null, null), CLOCK));
    private final Partner otherBank = withId(new Partner(PartnerKind.BANK, new PartnerProfile("农商行", null, null, null, null), CLOCK));
    private final Partner platform = withId(new Partner(PartnerKind.PLATFORM, new PartnerProfile("融资服务平台", null, null, null, null), CLOCK));
    private final Product product = new Product("GUARANTEED", "担保贷款", 1, true);

    private FinancingApplication application() {
        return withId(new FinancingApplication(new ApplicationContent(f.company, product, new BigDecimal("3000000"), 12,
                "购置检测设备", bank, guarantor), "lj.clerk", CLOCK));
    }

    private FinancingApplication beforeCommittee() {
        FinancingApplication a = application();
        a.startDiligence(CLOCK);
        a.recordDiligence("经营稳定，现金流良好", CLOCK);
        a.toCommittee(1, CLOCK);
        a.addOpinion(new CommitteeOpinion("张委员", Vote.FOR, null, Fixtures.TODAY), CLOCK);
        return a;
    }

    private Cooperation agreement(Partner counterparty) {
        return withId(new Cooperation(guarantor, counterparty, new BigDecimal("500000000"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), CLOCK));
    }

    private static GuaranteeTerms terms(String amount) {
        return new GuaranteeTerms(new BigDecimal(amount), new BigDecimal("1.5"), LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), List.of(new CounterGuarantee(CounterGuaranteeKind.PROPERTY, "厂房抵押",
                new BigDecimal("2000000")), new CounterGuarantee(CounterGuaranteeKind.PERSONAL, "法定代表人连带责任",
                BigDecimal.ZERO)));
    }

    @Test
    void belongsToTheCountyOfItsEnterprise() {
        assertEquals(f.county, application().getCounty());
        assertEquals(ApplicationStatus.SUBMITTED, application().getStatus());
    }

    @Test
    void theCommitteeNeedsNotesAndFilesAndTheDecisionOpinions() {
        FinancingApplication a = application();
        assertThrows(RuleViolationException.class, () -> a.toCommittee(1, CLOCK));
        a.startDiligence(CLOCK);
        assertEquals("financing.application.notesMissing",
                assertThrows(RuleViolationException.class, () -> a.toCommittee(1, CLOCK)).messageKey());
        a.recordDiligence("良好", CLOCK);
        assertEquals("financing.application.filesMissing",
                assertThrows(RuleViolationException.class, () -> a.toCommittee(0, CLOCK)).messageKey());
        a.toCommittee(2, CLOCK);
        assertThrows(RuleViolationException.class, a::requireFilesChangeable);
        assertEquals("financing.application.opinionsMissing", assertThrows(RuleViolationException.class,
                () -> a.prepare(Outcome.REJECT, "风险较高", null, null, "lj.clerk", CLOCK)).messageKey());
        a.addOpinion(new CommitteeOpinion("李委员", Vote.AGAINST, "抵押不足", Fixtures.TODAY), CLOCK);
        assertThrows(RuleViolationException.class,
                () -> a.addOpinion(new CommitteeOpinion("李委员", Vote.FOR, null, Fixtures.TODAY), CLOCK));
    }

    @Test
    void whoPreparedTheDecisionCannotTakeIt() {
        FinancingApplication a = beforeCommittee();
        Guarantee proposed = a.prepare(Outcome.APPROVE, null, agreement(bank), terms("2400000"), "lj.clerk", CLOCK);
        assertEquals(ApplicationStatus.AWAITING_DECISION, a.getStatus());
        assertEquals(GuaranteeStatus.PROPOSED, proposed.getStatus());
        assertEquals("financing.application.ownPreparation", assertThrows(RuleViolationException.class,
                () -> a.approve(proposed, "lj.clerk", CLOCK)).messageKey());
        assertThrows(RuleViolationException.class, () -> a.reject(proposed, "不批", "lj.clerk", CLOCK));
        a.approve(proposed, "leader", CLOCK);
        assertEquals(ApplicationStatus.APPROVED, a.getStatus());
        assertEquals(GuaranteeStatus.ACTIVE, proposed.getStatus());
        assertEquals("leader", a.decidedBy().orElseThrow());
        assertEquals(new BigDecimal("36000.00"), proposed.annualFee());
        assertEquals(new BigDecimal("2000000.00"), proposed.terms().counterValue());
    }

    @Test
    void aRejectionDropsTheProposedGuaranteeAndNeedsReasons() {
        FinancingApplication a = beforeCommittee();
        Guarantee proposed = a.prepare(Outcome.APPROVE, null, agreement(platform), terms("3000000"), "lj.clerk", CLOCK);
        assertThrows(RuleViolationException.class, () -> a.reject(proposed, " ", "leader", CLOCK));
        a.reject(proposed, "反担保不足", "leader", CLOCK);
        assertEquals(ApplicationStatus.REJECTED, a.getStatus());
        assertEquals(GuaranteeStatus.DROPPED, proposed.getStatus());
        assertEquals("反担保不足", a.reasons().orElseThrow());
    }

    @Test
    void aPreparedRejectionTakesReasonsAndNoGuarantee() {
        FinancingApplication a = beforeCommittee();
        assertThrows(RuleViolationException.class, () -> a.prepare(Outcome.REJECT, null, null, null, "lj.clerk", CLOCK));
        assertNull(a.prepare(Outcome.REJECT, "经营亏损", null, null, "lj.clerk", CLOCK));
        a.approve(null, "leader", CLOCK);
        assertEquals(ApplicationStatus.REJECTED, a.getStatus());
    }

    @Test
    void theGuaranteeFitsTheLoanAndAnAgreementOfItsPartiesValidToday() {
        FinancingApplication a = beforeCommittee();
        assertEquals("financing.guarantee.aboveLoan", assertThrows(RuleViolationException.class,
                () -> a.prepare(Outcome.APPROVE, null, agreement(bank), terms("3000000.01"), "x", CLOCK)).messageKey());
        assertEquals("financing.guarantee.agreementParties", assertThrows(RuleViolationException.class,
                () -> a.prepare(Outcome.APPROVE, null, agreement(otherBank), terms("1"), "x", CLOCK)).messageKey());
        Cooperation expired = withId(new Cooperation(guarantor, bank, BigDecimal.TEN, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), CLOCK));
        assertEquals("financing.guarantee.agreementExpired", assertThrows(RuleViolationException.class,
                () -> a.prepare(Outcome.APPROVE, null, expired, terms("1"), "x", CLOCK)).messageKey());
    }

    @Test
    void partnersAndAgreementsCheckTheirParts() {
        assertThrows(RuleViolationException.class, () -> new Partner(PartnerKind.GUARANTOR,
                new PartnerProfile("甲担保", GuarantorCategory.STANDARD, null, LocalDate.of(2025, 1, 1), null), CLOCK));
        assertThrows(RuleViolationException.class, () -> new Partner(PartnerKind.GUARANTOR,
                new PartnerProfile("甲担保", GuarantorCategory.STANDARD, BigDecimal.TEN, LocalDate.of(2027, 1, 1), null), CLOCK));
        assertThrows(RuleViolationException.class, () -> new Partner(PartnerKind.BANK,
                new PartnerProfile("乙银行", null, BigDecimal.TEN, null, null), CLOCK));
        assertThrows(RuleViolationException.class, () -> new Cooperation(bank, guarantor, BigDecimal.TEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CLOCK));
        assertThrows(RuleViolationException.class, () -> new Cooperation(guarantor, bank, BigDecimal.TEN,
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), CLOCK));
        assertThrows(RuleViolationException.class, () -> new FinancingApplication(new ApplicationContent(f.company,
                product, new BigDecimal("1"), 12, "用途", guarantor, guarantor), "x", CLOCK));
    }
}
