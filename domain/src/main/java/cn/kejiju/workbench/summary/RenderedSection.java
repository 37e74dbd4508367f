package cn.kejiju.workbench.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section as the summary says it: its title and sentences from the stored templates, its figures and table of
 * counties as contributed, and the year's targets (指标任务) of those figures that have one, by figure key (the
 * city: the sum of its counties' targets).
 */
public record RenderedSection(String section, int order, String title, List<Figure> figures, List<String> sentences,
                              List<CountyFigures> counties, Map<String, BigDecimal> targets)
        implements java.io.Serializable {

    public RenderedSection {
        figures = List.copyOf(figures);
        sentences = List.copyOf(sentences);
        counties = List.copyOf(counties);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** Without targets (none set, or a version saved before there were targets). */
    public RenderedSection(String section, int order, String title, List<Figure> figures, List<String> sentences,
                           List<CountyFigures> counties) {
        this(section, order, title, figures, sentences, counties, Map.of());
    }

    /** The same section with the targets of its figures. */
    public RenderedSection withTargets(Map<String, BigDecimal> figureTargets) {
        return new RenderedSection(section, order, title, figures, sentences, counties, figureTargets);
    }

    /** The target of a figure, if it has one. */
    public Optional<BigDecimal> target(String key) {
        return Optional.ofNullable(targets.get(key));
    }

    /** The figure's value in percent of its target, one decimal; empty without a target or for a target of 0. */
    public Optional<BigDecimal> percentOfTarget(String key) {
        return target(key).filter(target -> target.signum() > 0).flatMap(target -> figure(key).map(f ->
                f.value().multiply(BigDecimal.valueOf(100)).divide(target, 1, java.math.RoundingMode.HALF_UP)));
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The sentences as one paragraph. */
    public String paragraph() {
        return String.join("", sentences);
    }
}
