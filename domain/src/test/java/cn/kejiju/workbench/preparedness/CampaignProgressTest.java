package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignProgressTest {

    private static final CampaignGoals GOALS = new CampaignGoals(10, 2000, 3,
            Map.of(MaterialKind.READER, 500, MaterialKind.DISPLAY_BOARD, 10));

    @Test
    void eachGoalIsSetAgainstWhatWasDone() {
        CampaignTally tally = new CampaignTally(4, 1500, 120, 1,
                Map.of(MaterialKind.READER, 250L, MaterialKind.DISPLAY_BOARD, 10L));

        CampaignProgress progress = CampaignProgress.of(GOALS, tally);

        assertEquals(40, progress.goal("events").percent());
        assertEquals(75, progress.goal("people").percent());
        assertEquals(33, progress.goal("schools").percent(), "rounded down");
        assertEquals(50, progress.goal("materials.READER").percent());
        assertTrue(progress.goal("materials.DISPLAY_BOARD").met());
        assertFalse(progress.goal("materials.READER").met());
        assertEquals(120, progress.consultations());
    }

    @Test
    void theGoalsComeFirstThenTheKindsInTheirOrder() {
        CampaignProgress progress = CampaignProgress.of(GOALS,
                new CampaignTally(0, 0, 0, 0, Map.of(MaterialKind.LEAFLET, 40L)));

        assertEquals(List.of("events", "people", "schools", "materials.READER", "materials.LEAFLET",
                "materials.DISPLAY_BOARD"), progress.goals().stream().map(GoalProgress::goal).toList());
        GoalProgress leaflets = progress.goal("materials.LEAFLET");
        assertNull(leaflets.target(), "issued without a goal");
        assertNull(leaflets.percent());
        assertEquals(40, leaflets.actual());
    }

    @Test
    void beyondTheGoalThePercentagePasses100AndTheBarStopsThere() {
        GoalProgress people = new GoalProgress("people", 2000, 3100);
        assertEquals(155, people.percent());
        assertEquals(100, people.bar());
        assertTrue(people.met());
    }

    @Test
    void withoutAGoalThereIsNoPercentageAndNothingIsMet() {
        GoalProgress events = CampaignProgress.of(CampaignGoals.NONE, CampaignTally.NOTHING).goal("events");
        assertNull(events.percent());
        assertEquals(0, events.bar());
        assertFalse(events.met());
    }

    @Test
    void aGoalIsAtLeastOne() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new CampaignGoals(0, null, null, Map.of()));
        assertEquals("goalEvents", e.field());
        RuleViolationException material = assertThrows(RuleViolationException.class,
                () -> new CampaignGoals(null, null, null, Map.of(MaterialKind.HANDBOOK, -1)));
        assertEquals("goalMaterials.HANDBOOK", material.field());
    }
}
