package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.platform.FileDownloads;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.Narrative;
import cn.kejiju.workbench.summary.RenderedSection;
import cn.kejiju.workbench.summary.SummaryDocument;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummaryService;
import cn.kejiju.workbench.summary.SummaryState;
import cn.kejiju.workbench.summary.SummaryVersion;
import cn.kejiju.workbench.summary.Wording;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work summary's draft ({@code summary/draft.xhtml}): the clerk chooses the period (first or second
 * half-year, year, or any span) and the county (city users: or the whole city, with a table of counties),
 * generates the draft from the records, writes the narrative parts, saves a version; a leader approves a version
 * somebody else prepared, after which the summary is frozen. Every figure links to its records; the summary
 * downloads as Word and prints on A4.
 */
@Named
@ViewScoped
public class SummaryDraftPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "periodForm";
    private static final Set<String> PREPARERS = Set.of(Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK);

    @Inject
    SummaryService summaries;

    @Inject
    PageMessages messages;

    @Inject
    SummaryWord word;

    @Inject
    SecurityContext securityContext;

    private SummaryPeriod.Kind kind = SummaryPeriod.Kind.FIRST_HALF;
    private int year;
    private LocalDate from;
    private LocalDate to;
    private Long county;
    private Map<Long, String> counties = Map.of();

    private SummaryDocument document;
    private Integer shownNumber;
    private SummaryState state;
    private String highlights;
    private String problems;
    private String nextSteps;

    @PostConstruct
    void init() {
        LocalDate today = summaries.today();
        year = today.getYear();
        from = today.withDayOfYear(1);
        to = today;
        counties = summaries.counties();
        if (counties.size() == 1) {
            county = counties.keySet().iterator().next();
        }
    }

    /** Generates the draft of the chosen period; a refused period stays next to its field. */
    public void generate() {
        try {
            SummaryPeriod period = period();
            document = summaries.generate(period, county);
            shownNumber = null;
            state = summaries.state(period, document.countyId());
            Narrative latest = state.versions().isEmpty() ? null
                    : summaries.version(period, document.countyId(), state.latestNumber()).narrative();
            highlights = latest == null ? null : latest.getHighlights();
            problems = latest == null ? null : latest.getProblems();
            nextSteps = latest == null ? null : latest.getNextSteps();
            Texts.info("summary.generated", DateTimeFormatter.ISO_LOCAL_DATE.format(summaries.today()), document.title());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("from", "to", "year"));
        }
    }

    /** Saves the draft with the narrative as the next version. */
    public void save() {
        try {
            SummaryVersion saved = summaries.save(document.period(), document.countyId(), state.latestNumber(),
                    new Narrative(highlights, problems, nextSteps));
            reload(saved.getNumber());
            Texts.info("summary.saved", saved.getNumber());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "narrativeForm", Set.of("highlights", "problems", "nextSteps"));
        }
    }

    /** Approves the version shown (the latest when a fresh draft is shown). */
    public void approve(int number) {
        try {
            summaries.approve(document.period(), document.countyId(), number, state.summary().getVersion());
            reload(number);
            Texts.info("summary.approved", number);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "versionsForm", Set.of());
        }
    }

    /** Shows a saved version as it was saved. */
    public void show(int number) {
        try {
            reload(number);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "versionsForm", Set.of());
        }
    }

    private void reload(int number) {
        SummaryPeriod period = document.period();
        document = summaries.version(period, document.countyId(), number);
        shownNumber = number;
        state = summaries.state(period, document.countyId());
        highlights = document.narrative().getHighlights();
        problems = document.narrative().getProblems();
        nextSteps = document.narrative().getNextSteps();
    }

    /** The summary shown, as a Word document. */
    public void download() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        SummaryDocument shown = shownNumber == null ? document.with(new Narrative(highlights, problems, nextSteps))
                : document;
        FileDownloads.send((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", shown.title() + ".docx",
                word.write(shown));
        context.responseComplete();
    }

    SummaryPeriod period() {
        return switch (kind) {
            case FIRST_HALF -> SummaryPeriod.half(year, 1);
            case SECOND_HALF -> SummaryPeriod.half(year, 2);
            case YEAR -> SummaryPeriod.year(year);
            case CUSTOM -> SummaryPeriod.custom(from, to);
        };
    }

    /** One figure's line: its label, the values said and the link to its records. */
    public record FigureLine(String key, String label, String value, String atStart, String previous, String lastYear,
                             String yoy, String link, String target) implements Serializable {
    }

    /** A section as the page shows it. */
    public record SectionView(String section, String title, String paragraph, List<FigureLine> figures,
                              List<String> countyColumns, List<CountyLine> counties) implements Serializable {
    }

    /** One county's row of a section's table. */
    public record CountyLine(String county, boolean total, List<String> values) implements Serializable {
    }

    public List<SectionView> getSections() {
        if (document == null) {
            return List.of();
        }
        List<SectionView> views = new ArrayList<>();
        for (RenderedSection section : document.sections()) {
            List<FigureLine> lines = section.figures().stream().map(f -> line(section, f)).toList();
            List<String> keys = section.counties().isEmpty() ? List.of()
                    : new ArrayList<>(section.counties().get(0).values().keySet());
            List<CountyLine> rows = new ArrayList<>();
            for (CountyFigures row : section.counties()) {
                rows.add(new CountyLine(row.countyId() == null ? Texts.text("summary.col.total") : row.county(),
                        row.countyId() == null, keys.stream().map(key -> section.figure(key)
                        .map(f -> Wording.quantity(row.value(key), f.unit())).orElse(Wording.plain(row.value(key))))
                        .toList()));
            }
            views.add(new SectionView(section.section(), section.title(), section.paragraph(), lines,
                    keys.stream().map(key -> label(section.section(), key)).toList(), rows));
        }
        return views;
    }

    private static FigureLine line(RenderedSection section, Figure f) {
        String target = section.target(f.key()).map(t -> Wording.quantity(t, f.unit())
                + section.percentOfTarget(f.key()).map(p -> " / " + Wording.plain(p) + "%").orElse("")).orElse("—");
        return new FigureLine(f.key(), label(section.section(), f.key()), f.worded(),
                f.atStart() == null ? "—" : Wording.quantity(f.atStart(), f.unit()),
                f.previous() == null ? "—" : Wording.quantity(f.previous(), f.unit()),
                f.lastYear() == null ? "—" : Wording.quantity(f.lastYear(), f.unit()),
                f.growthPercent() == null ? "—" : Wording.plain(f.growthPercent()) + "%", f.link(), target);
    }

    private static String label(String section, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        var bundle = context.getApplication().getResourceBundle(context, "sumMsg");
        String name = "summary.figure." + section + "." + key;
        return bundle.containsKey(name) ? bundle.getString(name) : key;
    }

    public boolean isPreparer() {
        return PREPARERS.stream().anyMatch(securityContext::isCallerInRole);
    }

    public boolean isLeader() {
        return securityContext.isCallerInRole(Roles.LEADER);
    }

    public boolean isCityUser() {
        return counties.size() > 1;
    }

    public boolean isApproved() {
        return state != null && state.approved();
    }

    public String getFrozenText() {
        return isApproved() ? Texts.text("summary.frozen", state.summary().getApprovedNumber(),
                state.summary().getApprovedBy(), state.summary().getApprovedAt().toLocalDate().toString()) : null;
    }

    public List<SummaryVersion> getVersions() {
        return state == null ? List.of() : state.versions();
    }

    public String confirmText(int number) {
        return Texts.text("summary.approve.confirm", number);
    }

    public boolean approvedNumber(int number) {
        return isApproved() && state.summary().getApprovedNumber() == number;
    }

    public SummaryPeriod.Kind[] getKinds() {
        return SummaryPeriod.Kind.values();
    }

    public List<Integer> getYears() {
        int current = summaries.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= current - 9; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Map.Entry<Long, String>> getCountyChoices() {
        return new ArrayList<>(counties.entrySet());
    }

    public boolean isCustom() {
        return kind == SummaryPeriod.Kind.CUSTOM;
    }

    public SummaryDocument getDocument() {
        return document;
    }

    public Integer getShownNumber() {
        return shownNumber;
    }

    public SummaryState getState() {
        return state;
    }

    public SummaryPeriod.Kind getKind() {
        return kind;
    }

    public void setKind(SummaryPeriod.Kind kind) {
        this.kind = kind == null ? SummaryPeriod.Kind.FIRST_HALF : kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    public String getHighlights() {
        return highlights;
    }

    public void setHighlights(String highlights) {
        this.highlights = highlights;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
