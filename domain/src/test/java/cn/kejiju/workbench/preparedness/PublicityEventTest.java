package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicityEventTest {

    private static final LocalDateTime MAY_12_9AM = LocalDateTime.of(2026, 5, 12, 9, 0);

    private final Fixtures f = new Fixtures();
    private final Campaign campaign = Fixtures.withId(new Campaign(
            CampaignTest.plan(f, CampaignTest.MAY_10, CampaignTest.MAY_16), CLOCK));

    /** The seed's square: a consultation desk, two banners and ten display boards. */
    private EventDetails square(Jurisdiction township, LocalDateTime at) {
        return new EventDetails(campaign, township, at, VenueKind.SQUARE, "月兔广场", true, 10, 2, null, null, null,
                null, null, 8, 12, 1500, 320, "副县长 李明");
    }

    private static RuleViolationException refused(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run);
    }

    @Test
    void recordsTheSeedsSquareEventAwaitingApproval() {
        PublicityEvent event = new PublicityEvent(square(f.township, MAY_12_9AM), CLOCK);
        assertEquals(EventStatus.RECORDED, event.getStatus());
        assertEquals(f.county, event.getCounty());
        assertEquals(10, event.getDisplayBoards());
        assertEquals(320, event.getConsultations());
    }

    @Test
    void theTownshipLiesInTheCampaignsCounty() {
        assertEquals("townshipId", refused(() -> new PublicityEvent(square(f.foreignTownship, MAY_12_9AM), CLOCK)).field());
        assertEquals("townshipId", refused(() -> new PublicityEvent(square(f.village, MAY_12_9AM), CLOCK)).field());
    }

    @Test
    void theEventIsHeldWithinTheCampaign() {
        RuleViolationException e = refused(() -> new PublicityEvent(square(f.township, MAY_12_9AM.plusDays(5)), CLOCK));
        assertEquals("preparedness.event.outsidePeriod", e.messageKey());
        assertEquals("heldAt", e.field());
    }

    @Test
    void anEventIsRecordedAfterItWasHeld() {
        Campaign later = Fixtures.withId(new Campaign(CampaignTest.plan(f, Fixtures.TODAY, Fixtures.TODAY.plusDays(3)),
                CLOCK));
        EventDetails tomorrow = new EventDetails(later, f.township, Fixtures.TODAY.plusDays(1).atTime(9, 0),
                VenueKind.SQUARE, "月兔广场", true, 0, 0, null, null, null, null, null, 1, 0, 10, 0, null);
        assertEquals("preparedness.event.inFuture", refused(() -> new PublicityEvent(tomorrow, CLOCK)).messageKey());
    }

    @Test
    void atLeastOneActivity() {
        EventDetails nothing = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.COMMUNITY, "东坑社区",
                false, 0, 0, " ", null, null, null, null, 2, 0, 50, 0, null);
        assertEquals("preparedness.event.noActivity", refused(() -> new PublicityEvent(nothing, CLOCK)).messageKey());
    }

    @Test
    void consultationsNeedADesk() {
        EventDetails lecture = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.SCHOOL, "城关中学",
                false, 0, 0, "地震来了怎么办", null, null, null, null, 2, 0, 600, 15, null);
        assertEquals("consultations", refused(() -> new PublicityEvent(lecture, CLOCK)).field());
    }

    @Test
    void aDrillRecordsItsPlanParticipantsAndDuration() {
        EventDetails withoutParticipants = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.SCHOOL,
                "城关小学", false, 0, 0, null, null, "城关小学地震应急疏散预案", null, 15, 3, 0, 800, 0, null);
        assertEquals("drillParticipants", refused(() -> new PublicityEvent(withoutParticipants, CLOCK)).field());

        EventDetails withoutPlan = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.SCHOOL,
                "城关小学", false, 0, 0, null, null, null, 800, 15, 3, 0, 800, 0, null);
        assertEquals("drillPlan", refused(() -> new PublicityEvent(withoutPlan, CLOCK)).field());

        EventDetails drill = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.SCHOOL,
                "城关小学", false, 0, 0, null, null, "城关小学地震应急疏散预案", 800, 15, 3, 0, 800, 0, null);
        PublicityEvent event = new PublicityEvent(drill, CLOCK);
        assertEquals(800, event.getDrillParticipants());
        assertEquals(15, event.getDrillMinutes());
    }

    @Test
    void countsAreNotNegative() {
        EventDetails negative = new EventDetails(campaign, f.township, MAY_12_9AM, VenueKind.SQUARE, "月兔广场",
                true, -1, 2, null, null, null, null, null, 8, 12, 1500, 320, null);
        assertEquals("displayBoards", refused(() -> new PublicityEvent(negative, CLOCK)).field());
    }

    @Test
    void anApprovedEventIsFrozen() {
        PublicityEvent event = new PublicityEvent(square(f.township, MAY_12_9AM), CLOCK);
        assertNull(event.getApprovedBy());

        event.approve("leader", CLOCK);

        assertTrue(event.isApproved());
        assertEquals("leader", event.getApprovedBy());
        ConflictException e = assertThrows(ConflictException.class,
                () -> event.revise(square(f.township, MAY_12_9AM), CLOCK));
        assertEquals("preparedness.event.frozen", e.messageKey());
        assertThrows(ConflictException.class, () -> event.approve("leader", CLOCK));
    }
}
