package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.preparedness.PreparednessSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The preparedness figures of a period (definitions in docs/modules.md). */
@Schema(name = "PreparednessStatistics", description = "The preparedness figures of a period for the city or one "
        + "county, each with the same period last year (同比); counties: one row per county the caller sees, then "
        + "(city callers) the city's total without countyId; townships: those that held approved events; campaigns: "
        + "those overlapping the period with their goal progress")
public record PreparednessStatisticsResponse(
        LocalDate from,
        LocalDate to,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        String county,
        List<Figure> figures,
        List<County> counties,
        List<Township> townships,
        List<Campaign> campaigns) {

    /** One figure. */
    @Schema(name = "PreparednessStatisticsFigure", description = "Keys: events, people, consultations, drills, "
            + "drillParticipants, townships, schools, boardsDisplayed, bannersHung, venue.{VenueKind} (events there), "
            + "materials.{MaterialKind} (copies issued; display boards and banners: lent)")
    public record Figure(String key,
                         @Schema(description = "The period's total") BigDecimal value,
                         @Schema(description = "The same days one year earlier") BigDecimal lastYear,
                         @Schema(description = "Growth over last year in percent, one decimal; absent when last year is 0")
                         BigDecimal growthPercent) {

        static Figure of(SummaryFigure f) {
            return new Figure(f.key(), f.value(), f.lastYear(), f.growthPercent());
        }
    }

    /** One county's figures. */
    @Schema(name = "PreparednessStatisticsCounty")
    public record County(@Schema(description = "Absent on the city's total row") Long countyId, String county,
                         long events, long people, long consultations, long drills, long drillParticipants,
                         long townships, long schools, long boardsDisplayed, long bannersHung) {

        static County of(PreparednessSummary.CountyRow r) {
            return new County(r.countyId(), r.county(), r.events(), r.people(), r.consultations(), r.drills(),
                    r.drillParticipants(), r.townships(), r.schools(), r.boardsDisplayed(), r.bannersHung());
        }
    }

    /** One township's events of the period. */
    @Schema(name = "PreparednessStatisticsTownship")
    public record Township(long townshipId, String township, long countyId, String county, long events, long people,
                           long consultations, long drills, long drillParticipants) {

        static Township of(PreparednessSummary.TownshipRow r) {
            return new Township(r.townshipId(), r.township(), r.countyId(), r.county(), r.events(), r.people(),
                    r.consultations(), r.drills(), r.drillParticipants());
        }
    }

    /** A campaign's goal progress. */
    @Schema(name = "PreparednessStatisticsCampaign")
    public record Campaign(long campaignId, String name, long countyId, String county, LocalDate startsOn,
                           LocalDate endsOn, List<GoalProgressResponse> progress) {

        static Campaign of(PreparednessSummary.CampaignRow r) {
            return new Campaign(r.campaignId(), r.name(), r.countyId(), r.county(), r.startsOn(), r.endsOn(),
                    r.goals().stream().map(GoalProgressResponse::of).toList());
        }
    }

    static PreparednessStatisticsResponse of(PreparednessSummary s) {
        return new PreparednessStatisticsResponse(s.period().from(), s.period().to(), s.lastYearPeriod().from(),
                s.lastYearPeriod().to(), s.county(), s.countyName(), s.figures().stream().map(Figure::of).toList(),
                s.counties().stream().map(County::of).toList(), s.townships().stream().map(Township::of).toList(),
                s.campaigns().stream().map(Campaign::of).toList());
    }
}
