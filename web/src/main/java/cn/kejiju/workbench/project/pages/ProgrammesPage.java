package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.CallDraft;
import cn.kejiju.workbench.project.CallTerms;
import cn.kejiju.workbench.project.ProgrammeDraft;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProgrammeService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The programme catalogue and the calls ({@code project/programmes.xhtml}): programmes by level and kind, calls of a
 * year and level with their dates, budget and cap (万元). The project clerk (or a system administrator) adds
 * programmes and publishes calls in dialogs.
 */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> PROGRAMME_FIELDS = Set.of("name", "level", "kindCode", "authority");
    private static final Set<String> CALL_FIELDS = Set.of("programmeId", "year", "title", "opensOn", "closesOn",
            "budget", "capPerProject", "eligibility");

    /** A programme as the page lists it. */
    public record ProgrammeRow(long id, String name, ProgrammeLevel level, String kind, String authority,
                               boolean active) implements Serializable {
    }

    /** A call as the page lists it, amounts in 万元. */
    public record CallRow(long id, String programme, ProgrammeLevel level, int year, String title, LocalDate opensOn,
                          LocalDate closesOn, BigDecimal budgetWan, BigDecimal capWan, String eligibility,
                          boolean open) implements Serializable {
    }

    @Inject
    ProgrammeService programmeService;

    @Inject
    PageMessages messages;

    private Integer year;
    private ProgrammeLevel level;
    private List<ProgrammeRow> programmes;
    private List<CallRow> calls;

    private String name;
    private ProgrammeLevel newLevel;
    private String kindCode;
    private String authority;

    private Long programmeId;
    private Integer callYear;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private BigDecimal budget;
    private BigDecimal capPerProject;
    private String eligibility;

    public void load() {
        programmes = programmeService.programmes().stream().map(p -> new ProgrammeRow(p.getId(), p.getName(),
                p.getLevel(), p.getKind().getName(), p.getAuthority(), p.isActive())).toList();
        search();
    }

    public void search() {
        LocalDate today = programmeService.today();
        calls = programmeService.calls(year, level).stream().map(c -> new CallRow(c.getId(),
                c.getProgramme().getName(), c.getProgramme().getLevel(), c.getYear(), c.getTitle(), c.getOpensOn(),
                c.getClosesOn(), c.getBudget() == null ? null : Yuan.wan(c.getBudget()), Yuan.wan(c.getCapPerProject()),
                c.getEligibility(), !c.closedOn(today) && !today.isBefore(c.getOpensOn()))).toList();
    }

    public String addProgramme() {
        try {
            programmeService.create(new ProgrammeDraft(name, newLevel, kindCode, authority, true));
            messages.flashInfo("project.programme.added", name.strip());
            return "/project/programmes?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "programmeForm", PROGRAMME_FIELDS);
        }
        return null;
    }

    public String publishCall() {
        try {
            programmeService.publish(new CallDraft(programmeId, new CallTerms(callYear == null ? 0 : callYear, title,
                    opensOn, closesOn, budget, capPerProject, eligibility)));
            messages.flashInfo("project.call.published", title.strip());
            return "/project/programmes?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "callForm", CALL_FIELDS);
        }
        return null;
    }

    public List<SelectItem> getKinds() {
        return programmeService.kinds().stream().filter(k -> k.isActive())
                .map(k -> new SelectItem(k.getCode(), k.getName())).toList();
    }

    public List<SelectItem> getProgrammeItems() {
        return programmes.stream().filter(ProgrammeRow::active).map(p -> new SelectItem(p.id(), p.name())).toList();
    }

    public ProgrammeLevel[] getLevels() {
        return ProgrammeLevel.values();
    }

    public List<ProgrammeRow> getProgrammes() {
        return programmes;
    }

    public List<CallRow> getCalls() {
        return calls;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ProgrammeLevel getLevel() {
        return level;
    }

    public void setLevel(ProgrammeLevel level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgrammeLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(ProgrammeLevel newLevel) {
        this.newLevel = newLevel;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Integer getCallYear() {
        return callYear;
    }

    public void setCallYear(Integer callYear) {
        this.callYear = callYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getCapPerProject() {
        return capPerProject;
    }

    public void setCapPerProject(BigDecimal capPerProject) {
        this.capPerProject = capPerProject;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }
}
