package cn.kejiju.workbench.summary;

import java.util.List;
import java.util.Optional;

/**
 * A generated summary: the period, the jurisdiction (a county, or the city with {@code countyId} null), the
 * sections in order and the narrative parts (empty for a fresh draft).
 */
public record SummaryDocument(SummaryPeriod period, Long countyId, String jurisdiction, List<RenderedSection> sections,
                              Narrative narrative) implements java.io.Serializable {

    public SummaryDocument {
        sections = List.copyOf(sections);
        narrative = narrative == null ? new Narrative(null, null, null) : narrative;
    }

    /** The title as the bureau writes it: 临江县科技局2026年上半年工作总结. */
    public String title() {
        return jurisdiction + "科技局" + period.worded() + "工作总结";
    }

    public Optional<RenderedSection> section(String key) {
        return sections.stream().filter(s -> s.section().equals(key)).findFirst();
    }

    public SummaryDocument with(Narrative replaced) {
        return new SummaryDocument(period, countyId, jurisdiction, sections, replaced);
    }
}
