package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.summary.SummaryService;
import cn.kejiju.workbench.summary.SentenceTemplate;
import cn.kejiju.workbench.summary.SummaryTemplate;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The work summary's sentence templates ({@code admin/summary-templates.xhtml}, system administrator): every
 * section's title and sentences in the order they are said; 编辑 opens one below the table with the placeholders
 * its section offers. The text is checked when saved (an unknown placeholder or a stray brace is refused next to
 * the field) and saved on top of the version read, so a concurrent rewrite is refused.
 */
@Named
@ViewScoped
public class SummaryTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("text");

    @Inject
    SummaryService summaries;

    @Inject
    PageMessages messages;

    private List<Row> rows;
    private Map<String, Set<String>> figureKeys;
    private Row selected;
    private String text;

    /** One template as the table shows it. */
    public record Row(long id, long version, String section, String key, int position, String text,
                      String updatedBy, LocalDateTime updatedAt) implements Serializable {

        static Row of(SummaryTemplate template) {
            return new Row(template.getId(), template.getVersion(), template.getSection(), template.getKey(),
                    template.getPosition(), template.getText(), template.getUpdatedBy(), template.getUpdatedAt());
        }
    }

    public void load() {
        rows = summaries.templates().stream().map(Row::of)
                .sorted(Comparator.comparing(Row::section).thenComparingInt(Row::position)).toList();
        figureKeys = summaries.figureKeys();
    }

    public void edit(Row row) {
        selected = row;
        text = row.text();
    }

    public void cancel() {
        selected = null;
        text = null;
    }

    public void save() {
        if (selected == null) {
            return;
        }
        try {
            SummaryTemplate saved = summaries.rewrite(selected.id(), selected.version(), text);
            Texts.info("summary.templates.saved", saved.getSection(), saved.getKey());
            selected = null;
            text = null;
            load();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "editForm", FIELDS);
        }
    }

    /** The placeholders the selected template's section offers: its figures, then the globals. */
    public List<String> getPlaceholders() {
        if (selected == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(new TreeSet<>(figureKeys.getOrDefault(selected.section(), Set.of())));
        names.addAll(SentenceTemplate.GLOBALS);
        return names.stream().map(name -> "{" + name + "}").toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
