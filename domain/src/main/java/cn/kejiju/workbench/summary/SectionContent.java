package cn.kejiju.workbench.summary;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a programme contributes to a summary for a period and a jurisdiction: its figures, which of its
 * sentence templates apply (in order; the provider leaves out those that do not, e.g. "没有发生一笔代偿" when
 * a compensation was paid), and for the city its table of counties.
 *
 * @param section   the section's key, the programme's context name ({@code commissioner})
 * @param order     where it stands in the summary (ascending)
 * @param figures   the figures, each key once
 * @param sentences the keys of the section's sentence templates to say, in order
 * @param counties  the table of counties (city summaries), empty for a county
 */
public record SectionContent(String section, int order, List<Figure> figures, List<String> sentences,
                             List<CountyFigures> counties) {

    public SectionContent {
        if (section == null || !Figure.KEY.matcher(section).matches()) {
            throw new IllegalArgumentException("section key " + section);
        }
        figures = List.copyOf(figures);
        sentences = List.copyOf(sentences);
        counties = List.copyOf(counties);
        Set<String> keys = new HashSet<>();
        for (Figure figure : figures) {
            if (!keys.add(figure.key())) {
                throw new IllegalArgumentException("figure " + figure.key() + " twice in " + section);
            }
        }
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
