package cn.kejiju.workbench.summary;

import java.util.List;
import java.util.Optional;

/**
 * A section as the summary says it: its title and sentences from the stored templates, its figures and table of
 * counties as contributed.
 */
public record RenderedSection(String section, int order, String title, List<Figure> figures, List<String> sentences,
                              List<CountyFigures> counties) implements java.io.Serializable {

    public RenderedSection {
        figures = List.copyOf(figures);
        sentences = List.copyOf(sentences);
        counties = List.copyOf(counties);
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The sentences as one paragraph. */
    public String paragraph() {
        return String.join("", sentences);
    }
}
