package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VolunteerTest {

    private final Fixtures f = new Fixtures();
    private final VolunteerTeam team = Fixtures.withId(new VolunteerTeam(f.township, "城关镇地震灾害志愿者队", "陈刚", CLOCK));
    private final Volunteer member = Fixtures.withId(new Volunteer(team, "林小明", "13712345678", "急救",
            TODAY.minusMonths(6), CLOCK));

    private static String refusedField(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).field();
    }

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void aTeamBelongsToATownshipOfItsCounty() {
        assertEquals(f.county, team.getCounty());
        assertEquals("townshipId", refusedField(() -> new VolunteerTeam(f.village, "队", null, CLOCK)));
        assertEquals("townshipId", refusedField(() -> team.revise(f.foreignTownship, "队", null, CLOCK)));
    }

    @Test
    void theMembersPhoneIsMaskedWhereverItIsShown() {
        assertEquals("137****5678", member.maskedPhone());
        assertFalse(member.toString().contains("13712345678"), member.toString());
        assertEquals("0591-****5678", new Volunteer(team, "周", "0591-12345678", null, TODAY, CLOCK).maskedPhone());
        assertEquals("phone", refusedField(() -> new Volunteer(team, "周", "110", null, TODAY, CLOCK)));
    }

    @Test
    void hoursAreMoreThanNothingAtMostADayInTenths() {
        assertEquals(h("2.5"), VolunteerHours.attendance(h("2.50"), "hours"));
        assertEquals(h("24.0"), VolunteerHours.attendance(h("24"), "hours"));
        assertEquals("hours", refusedField(() -> VolunteerHours.attendance(BigDecimal.ZERO, "hours")));
        assertEquals("hours", refusedField(() -> VolunteerHours.attendance(h("24.1"), "hours")));
        assertEquals("hours", refusedField(() -> VolunteerHours.attendance(h("1.25"), "hours")));
        assertEquals("hours", refusedField(() -> VolunteerHours.attendance(null, "hours")));
    }

    @Test
    void theTeamsHoursAreItsMembersSummed() {
        VolunteerHours hours = new VolunteerHours(Map.of(1L, h("12.5"), 2L, h("3.0"), 3L, h("0.5")));
        assertEquals(h("16.0"), hours.total());
        assertEquals(h("12.5"), hours.of(1L));
        assertEquals(h("0.0"), hours.of(99L));
        assertEquals(h("0.0"), new VolunteerHours(Map.of()).total());
    }

    @Test
    void eachMembersHoursAreWhatTheyAttendedSummed() {
        Volunteer other = Fixtures.withId(new Volunteer(team, "王磊", "13700000000", null, TODAY.minusMonths(6), CLOCK));
        VolunteerHours hours = VolunteerHours.of(List.of(
                VolunteerActivity.of(member, ActivityKind.TRAINING, null, "培训", TODAY.minusDays(3), h("2.5"), "c", CLOCK),
                VolunteerActivity.of(member, ActivityKind.TRAINING, null, "培训", TODAY.minusDays(2), h("1.5"), "c", CLOCK),
                VolunteerActivity.of(other, ActivityKind.TRAINING, null, "培训", TODAY.minusDays(2), h("0.5"), "c", CLOCK)));
        assertEquals(h("4.0"), hours.of(member.getId()));
        assertEquals(h("0.5"), hours.of(other.getId()));
        assertEquals(h("4.5"), hours.total());
    }

    @Test
    void aTrainingNeedsItsTitleDayAndAMemberOnThatDay() {
        VolunteerActivity training = VolunteerActivity.of(member, ActivityKind.TRAINING, null, "应急救护培训",
                TODAY.minusDays(3), h("3"), "clerk", CLOCK);
        assertEquals(h("3.0"), training.getHours());
        assertEquals(team, training.getTeam());
        assertEquals("title", refusedField(() -> VolunteerActivity.of(member, ActivityKind.TRAINING, null, " ",
                TODAY, h("1"), "clerk", CLOCK)));
        assertEquals("heldOn", refusedField(() -> VolunteerActivity.of(member, ActivityKind.TRAINING, null, "培训",
                TODAY.minusYears(1), h("1"), "clerk", CLOCK)));
        assertEquals("heldOn", refusedField(() -> VolunteerActivity.of(member, ActivityKind.TRAINING, null, "培训",
                TODAY.plusDays(1), h("1"), "clerk", CLOCK)));
    }

    @Test
    void aLinkedDrillIsADrillEventOfTheTeamsCountyAndGivesItsDay() {
        Campaign campaign = Fixtures.withId(new Campaign(CampaignTest.plan(f, TODAY.minusDays(10), TODAY), CLOCK));
        LocalDateTime at = TODAY.minusDays(2).atTime(9, 0);
        PublicityEvent drill = Fixtures.withId(new PublicityEvent(new EventDetails(campaign, f.township, at,
                VenueKind.SCHOOL, "城关中学", false, 0, 0, null, null, "地震应急疏散演练", 800, 30, 5, 10, 800, 0,
                null), CLOCK));
        VolunteerActivity attended = VolunteerActivity.of(member, ActivityKind.DRILL, drill, null, null, h("2"),
                "clerk", CLOCK);
        assertEquals(at.toLocalDate(), attended.getHeldOn());
        assertEquals("地震应急疏散演练", attended.getTitle());
        assertEquals("heldOn", refusedField(() -> VolunteerActivity.of(member, ActivityKind.DRILL, drill, null,
                TODAY, h("2"), "clerk", CLOCK)));
        assertEquals("eventId", refusedField(() -> VolunteerActivity.of(member, ActivityKind.TRAINING, drill, null,
                null, h("2"), "clerk", CLOCK)));
    }

    @Test
    void aMemberWhoLeftAttendsNoMore() {
        member.leave(TODAY.minusDays(10), CLOCK);
        assertEquals("heldOn", refusedField(() -> VolunteerActivity.of(member, ActivityKind.TRAINING, null, "培训",
                TODAY.minusDays(5), h("1"), "clerk", CLOCK)));
        assertEquals("leftOn", refusedField(() -> member.leave(TODAY, CLOCK)));
        assertNull(new Volunteer(team, "周", "13700000000", null, LocalDate.of(2026, 1, 1), CLOCK).getLeftOn());
    }
}
