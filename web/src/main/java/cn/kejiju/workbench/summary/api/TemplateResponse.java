package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.SummaryTemplate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A section's sentence template, with the figures its placeholders may name. */
@Schema(name = "WorkSummaryTemplate", description = "figures: the section's figure keys, usable as {key}, {key.start}, "
        + "{key.change}, {key.previous}, {key.lastYear}, {key.yoy}, {key.number}; and {jurisdiction}, {county}, {period}")
public record TemplateResponse(long id, long version, String section, String key, int position, String text,
                               List<String> figures) {

    public static TemplateResponse of(SummaryTemplate t, Set<String> figures) {
        return new TemplateResponse(t.getId(), t.getVersion(), t.getSection(), t.getKey(), t.getPosition(), t.getText(),
                List.copyOf(new TreeSet<>(figures)));
    }
}
