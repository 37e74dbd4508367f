package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.RenderedSection;
import cn.kejiju.workbench.summary.SummaryDocument;
import cn.kejiju.workbench.summary.SummaryState;
import cn.kejiju.workbench.summary.Wording;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A work summary: generated now (a preview) or as a version saved it. */
@Schema(name = "WorkSummary", description = "A work summary for a period and a county (or the city): each "
        + "programme's section with its title, sentences, figures (each with the value at the start of the period "
        + "for head counts, the previous period, the same period last year and the link to its records) and, for "
        + "the city, its table of counties; the narrative parts of a saved version; the stored versions' state")
public record SummaryResponse(
        String title,
        LocalDate from,
        LocalDate to,
        @Schema(description = "FIRST_HALF, SECOND_HALF, YEAR or CUSTOM") String periodKind,
        @Schema(description = "The county shown; absent for the whole city") Long countyId,
        @Schema(description = "The county's or the city's name") String jurisdiction,
        @Schema(description = "The version shown; absent for a preview generated now") Integer number,
        @Schema(description = "The latest saved version (0: none); a new version is saved on top of it")
        int latestNumber,
        @Schema(description = "The approved version; absent while none is (the summary is frozen once one is)")
        Integer approvedNumber,
        @Schema(description = "The summary's version for approval (optimistic locking); absent before the first save")
        Long version,
        String highlights,
        String problems,
        String nextSteps,
        List<Section> sections) {

    public static SummaryResponse of(SummaryDocument document, Integer number, SummaryState state) {
        return new SummaryResponse(document.title(), document.period().from(), document.period().to(),
                document.period().kind().name(), document.countyId(), document.jurisdiction(), number,
                state.latestNumber(), state.summary() == null ? null : state.summary().getApprovedNumber(),
                state.summary() == null ? null : state.summary().getVersion(),
                document.narrative().getHighlights(), document.narrative().getProblems(),
                document.narrative().getNextSteps(), document.sections().stream().map(Section::of).toList());
    }

    /** One programme's section: sentences said from its templates; counties (city summaries) one row per county, then the total. */
    @Schema(name = "WorkSummarySection", description = "sentences: said from the section's templates; counties: city "
            + "summaries only, one row per county, then the city's total without countyId")
    public record Section(
            @Schema(description = "The programme: commissioner, incubator, financing, preparedness, …") String section,
            String title,
            List<String> sentences,
            List<FigureValue> figures,
            List<County> counties) {

        static Section of(RenderedSection s) {
            return new Section(s.section(), s.title(), s.sentences(),
                    s.figures().stream().map(f -> FigureValue.of(f, s)).toList(),
                    s.counties().stream().map(County::of).toList());
        }
    }

    /** One figure. */
    @Schema(name = "WorkSummaryFigure")
    public record FigureValue(
            String key,
            @Schema(description = "PERSON, PERSON_TIMES, ENTERPRISE, ITEM, PROJECT, EVENT, TIMES, CASE, COPIES, "
                    + "SQUARE_METRE, DAY or YUAN (amounts in yuan)") String unit,
            @Schema(description = "Decimal string: at the end of the period (head counts) or over it") String value,
            @Schema(description = "Head counts: on the period's first day") String atStart,
            @Schema(description = "The previous period's value") String previous,
            @Schema(description = "The same period last year's value") String lastYear,
            @Schema(description = "Growth over last year in percent, one decimal; absent when last year is 0")
            BigDecimal growthPercent,
            @Schema(description = "As the summary says it: 23名, 5700万元") String worded,
            @Schema(description = "The page listing the records behind it, below the application") String link,
            @Schema(description = "Decimal string: the year's target (指标任务) of the county, or the sum of the "
                    + "counties' targets for the city; absent without one") String target,
            @Schema(description = "The value in percent of the target, one decimal; absent without a target or for "
                    + "a target of 0") BigDecimal percentOfTarget) {

        static FigureValue of(Figure f, RenderedSection section) {
            return new FigureValue(f.key(), f.unit().name(), text(f.value()), text(f.atStart()), text(f.previous()),
                    text(f.lastYear()), f.growthPercent(), f.worded(), f.link(),
                    section.target(f.key()).map(SummaryResponse::text).orElse(null),
                    section.percentOfTarget(f.key()).orElse(null));
        }
    }

    /** One county's row. */
    @Schema(name = "WorkSummaryCounty")
    public record County(Long countyId, String county,
                         @Schema(description = "Figure key → decimal string") Map<String, String> values) {

        static County of(CountyFigures row) {
            Map<String, String> values = new TreeMap<>();
            row.values().forEach((key, value) -> values.put(key, text(value)));
            return new County(row.countyId(), row.county(), values);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : Wording.plain(value);
    }
}
