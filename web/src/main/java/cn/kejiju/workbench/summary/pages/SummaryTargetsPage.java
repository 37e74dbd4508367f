package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.summary.SummaryService;
import cn.kejiju.workbench.summary.SummaryTarget;
import cn.kejiju.workbench.summary.SummaryTargetService;
import cn.kejiju.workbench.summary.TargetActuals.TargetStatus;
import cn.kejiju.workbench.summary.Wording;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The targets (指标任务) page ({@code summary/targets.xhtml}, leaders and the system administrator): a year's
 * targets of one county or of all, with the actual value of the year to date, percent done and whether it is
 * behind pro rata. City-level leaders and the system administrator add, change (on top of the version read) and
 * remove targets (after a confirmation); a refusal is shown next to its field. A county leader reads its own.
 */
@Named
@ViewScoped
public class SummaryTargetsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("countyId", "figure", "value");

    @Inject
    SummaryTargetService targets;

    @Inject
    SummaryService summaries;

    @Inject
    SecurityContext securityContext;

    @Inject
    PageMessages messages;

    private int year;
    private Long county;
    private Map<Long, String> counties = Map.of();
    private List<Row> rows = List.of();
    private List<Choice> figures = List.of();
    private boolean manager;

    private boolean editing;
    private Long editedVersion;
    private Long editCounty;
    private String editFigure;
    private BigDecimal editValue;

    /** One target as the table shows it. */
    public record Row(long id, long version, Long countyId, String county, String section, String figure,
                      String label, BigDecimal rawValue, String value, String actual, String percent, int bar,
                      String expected, boolean behind, String setBy) implements Serializable {
    }

    /** A figure a target may name: "section.figure" with its label. */
    public record Choice(String key, String label) implements Serializable {
    }

    public void load() {
        year = year == 0 ? targets.today().getYear() : year;
        counties = summaries.counties();
        manager = targets.cityLevel()
                && (securityContext.isCallerInRole(Roles.LEADER) || securityContext.isCallerInRole(Roles.SYSTEM_ADMIN));
        List<Choice> choices = new ArrayList<>();
        targets.figureKeys().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(section ->
                new TreeSet<>(section.getValue()).forEach(figure -> choices.add(new Choice(
                        section.getKey() + "." + figure, label(section.getKey(), figure)))));
        figures = choices;
        refresh();
    }

    public void show() {
        cancel();
        refresh();
    }

    private void refresh() {
        rows = targets.progress(year, county).stream().map(SummaryTargetsPage::row).toList();
    }

    public static Row row(TargetStatus status) {
        SummaryTarget t = status.target();
        var p = status.progress();
        return new Row(t.getId(), t.getVersion(), t.getCountyId(), status.county(), t.getSection(), t.getFigure(),
                label(t.getSection(), t.getFigure()), t.getValue(), Wording.plain(t.getValue()),
                Wording.plain(p.actual()), p.percent() == null ? "—" : Wording.plain(p.percent()) + "%", p.bar(),
                Wording.plain(p.expected()), p.behindProRata(), t.getSetBy());
    }

    public void add() {
        editing = true;
        editedVersion = null;
        editCounty = county;
        editFigure = null;
        editValue = null;
    }

    public void edit(Row row) {
        editing = true;
        editedVersion = row.version();
        editCounty = row.countyId();
        editFigure = row.section() + "." + row.figure();
        editValue = row.rawValue();
    }

    public void cancel() {
        editing = false;
        editedVersion = null;
        editCounty = null;
        editFigure = null;
        editValue = null;
    }

    public void save() {
        String section = editFigure == null ? "" : editFigure.substring(0, Math.max(0, editFigure.indexOf('.')));
        String figure = editFigure == null ? "" : editFigure.substring(editFigure.indexOf('.') + 1);
        try {
            SummaryTarget saved = targets.set(year, editCounty, section, figure, editValue, editedVersion);
            Texts.info("summary.targets.saved", counties.getOrDefault(saved.getCountyId(), ""),
                    label(saved.getSection(), saved.getFigure()));
            cancel();
            refresh();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "editForm", FIELDS);
        }
    }

    public void remove(Row row) {
        try {
            targets.remove(row.id(), row.version());
            Texts.info("summary.targets.removed", row.label());
            cancel();
            refresh();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "targetsForm", Set.of());
        }
    }

    public String confirmText(Row row) {
        return Texts.text("summary.targets.removeConfirm", row.county(), String.valueOf(year), row.label());
    }

    public static String label(String section, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        var bundle = context.getApplication().getResourceBundle(context, "sumMsg");
        String sectionName = "summary.section." + section;
        String name = "summary.figure." + section + "." + key;
        return (bundle.containsKey(sectionName) ? bundle.getString(sectionName) : section) + " · "
                + (bundle.containsKey(name) ? bundle.getString(name) : key);
    }

    public List<Integer> getYears() {
        int now = targets.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 4; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Map.Entry<Long, String>> getCountyChoices() {
        return new ArrayList<>(counties.entrySet());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Choice> getFigures() {
        return figures;
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isReplacing() {
        return editedVersion != null;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    public Long getEditCounty() {
        return editCounty;
    }

    public void setEditCounty(Long editCounty) {
        this.editCounty = editCounty;
    }

    public String getEditFigure() {
        return editFigure;
    }

    public void setEditFigure(String editFigure) {
        this.editFigure = editFigure;
    }

    public BigDecimal getEditValue() {
        return editValue;
    }

    public void setEditValue(BigDecimal editValue) {
        this.editValue = editValue;
    }
}
