package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntryApplicationTest {

    private static final List<EntryFileKind> DOCUMENTS = List.of(EntryFileKind.BUSINESS_LICENCE,
            EntryFileKind.BUSINESS_PLAN, EntryFileKind.OTHER);

    private final Fixtures f = new Fixtures();
    private final EntryRule rule = new EntryRule(24);
    private final Carrier carrier = withId(new Carrier(new CarrierProfile(f.county, "同心科技园", CarrierKind.SCIENCE_PARK,
            RecognitionLevel.NONE, null, null, null, null), CLOCK));
    private final Carrier foreignCarrier = withId(new Carrier(new CarrierProfile(f.otherCounty, "云岭众创空间",
            CarrierKind.MAKERSPACE, RecognitionLevel.NONE, null, null, null, null), CLOCK));

    private EntryDetails details(LocalDate founded) {
        return new EntryDetails(UnitKind.OFFICE, new BigDecimal("120.5"), "新型显示驱动芯片研发", "电子信息", founded);
    }

    private EntryApplication draft() {
        return withId(new EntryApplication(carrier, f.company, details(TODAY.minusMonths(10)), rule, CLOCK));
    }

    private EntryApplication reviewed() {
        EntryApplication application = draft();
        application.submit(rule, DOCUMENTS, CLOCK);
        application.underReview(7L, CLOCK);
        application.reviewed(CLOCK);
        return application;
    }

    @Test
    void aDraftKeepsWhatWasEnteredAndTheCarriersCounty() {
        EntryApplication application = draft();
        assertEquals(EntryStatus.DRAFT, application.getStatus());
        assertEquals(new BigDecimal("120.50"), application.getArea());
        assertEquals(f.county, application.getCounty());
        assertNull(application.getAppliedOn());
    }

    @Test
    void anEnterpriseTooOldIsRefusedAlreadyInTheDraft() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new EntryApplication(carrier, f.company, details(TODAY.minusMonths(25)), rule, CLOCK));
        assertEquals("incubator.entry.tooOld", refused.messageKey());
    }

    @Test
    void theRuleIsCheckedAgainOnTheDayOfSubmission() {
        EntryApplication application = draft();
        Clock muchLater = Clock.fixed(Instant.parse("2028-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertEquals("incubator.entry.tooOld", assertThrows(RuleViolationException.class,
                () -> application.submit(rule, DOCUMENTS, muchLater)).messageKey());
        assertEquals(EntryStatus.DRAFT, application.getStatus());
        application.submit(rule, DOCUMENTS, CLOCK);
        assertEquals(EntryStatus.SUBMITTED, application.getStatus());
        assertEquals(TODAY, application.getAppliedOn());
        assertEquals("incubator-entry:carrier-" + carrier.getId() + ":2026", application.reviewBatch());
    }

    @Test
    void submissionWithoutARequiredDocumentIsRefusedNamingIt() {
        EntryApplication application = draft();
        RuleViolationException noPlan = assertThrows(RuleViolationException.class,
                () -> application.submit(rule, List.of(EntryFileKind.BUSINESS_LICENCE, EntryFileKind.OTHER), CLOCK));
        assertEquals("incubator.entry.file.missing.BUSINESS_PLAN", noPlan.messageKey());
        assertEquals("files", noPlan.field());
        assertEquals("incubator.entry.file.missing.BUSINESS_LICENCE", assertThrows(RuleViolationException.class,
                () -> application.submit(rule, List.of(EntryFileKind.BUSINESS_PLAN), CLOCK)).messageKey());
        assertEquals("incubator.entry.file.missing.BUSINESS_PLAN", assertThrows(RuleViolationException.class,
                () -> application.submit(rule, List.of(), CLOCK)).messageKey());
        assertEquals(EntryStatus.DRAFT, application.getStatus());
        application.submit(rule, List.of(EntryFileKind.BUSINESS_PLAN, EntryFileKind.BUSINESS_LICENCE), CLOCK);
        assertEquals(EntryStatus.SUBMITTED, application.getStatus());
    }

    @Test
    void theBusinessPlanAndLicenceAreTheRequiredDocuments() {
        assertEquals(List.of(EntryFileKind.BUSINESS_PLAN, EntryFileKind.BUSINESS_LICENCE), EntryFileKind.required());
    }

    @Test
    void anEnterpriseOfAnotherCountyCannotApplyToTheCarrier() {
        assertEquals("incubator.entry.otherCounty", assertThrows(RuleViolationException.class,
                () -> new EntryApplication(foreignCarrier, f.company, details(TODAY), rule, CLOCK)).messageKey());
    }

    @Test
    void requiredDetailsAreRefusedByField() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> new EntryApplication(carrier,
                f.company, new EntryDetails(UnitKind.OFFICE, new BigDecimal("10"), " ", "电子信息", TODAY), rule, CLOCK));
        assertEquals("businessSummary", refused.field());
        assertEquals("unitKind", assertThrows(RuleViolationException.class, () -> new EntryApplication(carrier,
                f.company, new EntryDetails(null, new BigDecimal("10"), "x", "y", TODAY), rule, CLOCK)).field());
    }

    @Test
    void onlyADraftIsRevisedOrSubmitted() {
        EntryApplication application = draft();
        application.submit(rule, DOCUMENTS, CLOCK);
        assertThrows(ConflictException.class, () -> application.revise(details(TODAY), rule, CLOCK));
        assertThrows(ConflictException.class, () -> application.submit(rule, DOCUMENTS, CLOCK));
    }

    @Test
    void theWorkflowRunsFromDraftToApproval() {
        EntryApplication application = draft();
        assertThrows(ConflictException.class, () -> application.underReview(7L, CLOCK), "not submitted");
        application.submit(rule, DOCUMENTS, CLOCK);
        assertThrows(ConflictException.class, () -> application.reviewed(CLOCK), "no reviewers yet");
        application.underReview(7L, CLOCK);
        assertEquals(EntryStatus.UNDER_REVIEW, application.getStatus());
        assertThrows(ConflictException.class, () -> application.decide(true, null, "leader", CLOCK), "not reviewed");
        application.reviewed(CLOCK);
        application.decide(true, null, "leader", CLOCK);
        assertEquals(EntryStatus.APPROVED, application.getStatus());
        assertEquals("leader", application.getDecidedBy());
        assertEquals(TODAY, application.getDecidedOn());
        assertThrows(ConflictException.class, () -> application.decide(false, "again", "leader", CLOCK));
    }

    @Test
    void moreReviewersSendAReviewedApplicationBackUnderReview() {
        EntryApplication application = reviewed();
        application.underReview(7L, CLOCK);
        assertEquals(EntryStatus.UNDER_REVIEW, application.getStatus());
    }

    @Test
    void aRejectionNeedsAReason() {
        EntryApplication application = reviewed();
        assertEquals("incubator.entry.reasonRequired", assertThrows(RuleViolationException.class,
                () -> application.decide(false, "  ", "leader", CLOCK)).messageKey());
        application.decide(false, "市场前景不明", "leader", CLOCK);
        assertEquals(EntryStatus.REJECTED, application.getStatus());
        assertEquals("市场前景不明", application.getDecisionReason());
    }

    @Test
    void onlyAnApprovedApplicationIsLetAndOnlyToItsEnterpriseAtItsCarrier() {
        EntryApplication application = reviewed();
        Unit unit = withId(new Unit(carrier, new UnitSpec("A座", 3, "301", UnitKind.OFFICE, Area.of("120"),
                new BigDecimal("20"), UnitStatus.IN_SERVICE), CLOCK));
        AgreementTerms terms = AgreementTerms.of(new LetPeriod(TODAY, TODAY.plusYears(1)), BigDecimal.ZERO, List.of());
        assertThrows(ConflictException.class, () -> Agreement.sign(new Incubatee(carrier, f.company, TODAY, CLOCK),
                List.of(unit), terms, application, CLOCK));
        application.decide(true, null, "leader", CLOCK);
        Agreement agreement = Agreement.sign(new Incubatee(carrier, f.company, TODAY, CLOCK), List.of(unit), terms,
                application, CLOCK);
        assertEquals(application.getId(), agreement.getApplicationId());
        cn.kejiju.workbench.enterprise.Enterprise other = f.cooperative;
        assertEquals("incubator.entry.otherLetting", assertThrows(RuleViolationException.class,
                () -> Agreement.sign(new Incubatee(carrier, other, TODAY, CLOCK), List.of(unit), terms, application,
                        CLOCK)).messageKey());
    }
}
