package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignTest {

    static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);
    static final LocalDate MAY_16 = LocalDate.of(2026, 5, 16);

    private final Fixtures f = new Fixtures();

    static CampaignPlan plan(Fixtures f, LocalDate starts, LocalDate ends) {
        return new CampaignPlan(f.county, " 5·12 防灾减灾日宣传周 ", "提升基层防灾减灾能力", starts, ends, "县地震局",
                "县科技局、县教育局", new CampaignGoals(5, 1000, 2, Map.of(MaterialKind.READER, 300)));
    }

    @Test
    void aCampaignKeepsItsPlanTrimmed() {
        Campaign campaign = new Campaign(plan(f, MAY_10, MAY_16), CLOCK);
        assertEquals("5·12 防灾减灾日宣传周", campaign.getName());
        assertEquals(300, campaign.goals().materials().get(MaterialKind.READER));
        assertEquals(5, campaign.goals().events());
    }

    @Test
    void itCoversTheDaysOfItsPeriod() {
        Campaign campaign = new Campaign(plan(f, MAY_10, MAY_16), CLOCK);
        assertTrue(campaign.covers(MAY_10));
        assertTrue(campaign.covers(MAY_16));
        assertFalse(campaign.covers(MAY_16.plusDays(1)));
        assertFalse(campaign.covers(MAY_10.minusDays(1)));
    }

    @Test
    void itEndsOnOrAfterItsFirstDay() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Campaign(plan(f, MAY_16, MAY_10), CLOCK));
        assertEquals("endsOn", e.field());
        assertEquals("preparedness.campaign.endsBeforeStart", e.messageKey());
        assertTrue(new Campaign(plan(f, MAY_10, MAY_10), CLOCK).covers(MAY_10));
    }

    @Test
    void itLastsAYearAtMost() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new Campaign(plan(f, MAY_10, MAY_10.plusDays(Campaign.DAYS_MAX + 1)), CLOCK));
        assertEquals("preparedness.campaign.tooLong", e.messageKey());
    }

    @Test
    void itBelongsToACounty() {
        CampaignPlan inTownship = new CampaignPlan(f.township, "宣传周", null, MAY_10, MAY_16, "县地震局", null, null);
        assertEquals("countyId",
                assertThrows(RuleViolationException.class, () -> new Campaign(inTownship, CLOCK)).field());
    }

    @Test
    void revisingReplacesTheGoals() {
        Campaign campaign = new Campaign(plan(f, MAY_10, MAY_16), CLOCK);
        campaign.revise(new CampaignPlan(f.county, "科技活动周", null, MAY_10, MAY_16, "县科技局", null,
                new CampaignGoals(null, 50, null, Map.of(MaterialKind.LEAFLET, 100))), CLOCK);
        assertEquals(Map.of(MaterialKind.LEAFLET, 100), campaign.goals().materials());
        assertEquals(null, campaign.goals().events());
    }
}
