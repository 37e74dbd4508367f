package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.incubator.GraduationSettings;
import cn.kejiju.workbench.incubator.ListingKind;
import cn.kejiju.workbench.incubator.YearValues;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A tenant's page ({@code incubator/tenant.xhtml?id=…}): the incubation, the graduation criteria it meets and
 * why, its yearly figures; the incubator clerk records a year's figures and a merger or listing, a leader
 * graduates an eligible tenant (after a confirmation: the running agreement ends that day).
 */
@Named
@ViewScoped
public class TenantDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIGURE_FIELDS = Set.of("year", "revenue", "investment", "employees",
            "patentsApplied", "patentsGranted");
    private static final Set<String> LISTING_FIELDS = Set.of("kind", "date");
    private static final Set<String> GRADUATION_FIELDS = Set.of("graduationDate", "note");

    @Inject
    GraduationService graduationService;

    @Inject
    DomainMessages texts;

    @Inject
    PageMessages messages;

    private Long id;
    private TenantRow tenant;
    private GraduationSettings.Values criteria;

    private Integer year;
    private Long figuresVersion;
    private BigDecimal revenue;
    private BigDecimal investment;
    private Integer employees;
    private Integer patentsApplied;
    private Integer patentsGranted;

    private ListingKind listingKind;
    private LocalDate listingDate;

    private LocalDate graduationDate;
    private String graduationNote;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            tenant = new TenantRow(graduationService.get(id), ReasonTexts.of(texts, messages));
            criteria = graduationService.settings().values();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Opens the figures form for a new year (the last year by default). */
    public void prepareNewYear() {
        year = graduationService.today().getYear() - 1;
        figuresVersion = null;
        revenue = null;
        investment = null;
        employees = null;
        patentsApplied = null;
        patentsGranted = null;
    }

    /** Opens the figures form with a recorded year's figures. */
    public void prepareYear(int chosen) {
        tenant.getFigures().stream().filter(y -> y.getYear() == chosen).findFirst().ifPresent(y -> {
            year = y.getYear();
            figuresVersion = y.getVersion();
            revenue = y.getRevenue();
            investment = y.getInvestment();
            employees = y.getEmployees();
            patentsApplied = y.getPatentsApplied();
            patentsGranted = y.getPatentsGranted();
        });
    }

    public String saveFigures() {
        try {
            if (year == null) {
                throw new RuleViolationException("field.required", "year");
            }
            graduationService.recordFigures(id, year, figuresVersion, new YearValues(revenue, investment,
                    orZero(employees), orZero(patentsApplied), orZero(patentsGranted)));
            messages.flashInfo("incubator.figures.saved", year);
            return "/incubator/tenant?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "figuresForm", FIGURE_FIELDS);
        }
        return null;
    }

    public void prepareListing() {
        listingKind = null;
        listingDate = graduationService.today();
    }

    public String saveListing() {
        try {
            graduationService.recordListing(id, tenant.getVersion(), listingKind, listingDate);
            messages.flashInfo("incubator.listing.saved");
            return "/incubator/tenant?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "listingForm", LISTING_FIELDS);
        }
        return null;
    }

    public void prepareGraduation() {
        graduationDate = graduationService.today();
        graduationNote = null;
    }

    public String graduate() {
        try {
            graduationService.graduate(id, tenant.getVersion(), graduationDate, graduationNote);
            messages.flashInfo("incubator.graduation.done", tenant.getEnterprise());
            return "/incubator/tenant?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "graduationForm", GRADUATION_FIELDS);
        }
        return null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public TenantRow getTenant() {
        return tenant;
    }

    /** The criteria in force, as the page states them. */
    public GraduationSettings.Values getCriteria() {
        return criteria;
    }

    public ListingKind[] getListingKinds() {
        return ListingKind.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isNewYear() {
        return figuresVersion == null;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public void setInvestment(BigDecimal investment) {
        this.investment = investment;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public Integer getPatentsApplied() {
        return patentsApplied;
    }

    public void setPatentsApplied(Integer patentsApplied) {
        this.patentsApplied = patentsApplied;
    }

    public Integer getPatentsGranted() {
        return patentsGranted;
    }

    public void setPatentsGranted(Integer patentsGranted) {
        this.patentsGranted = patentsGranted;
    }

    public ListingKind getListingKind() {
        return listingKind;
    }

    public void setListingKind(ListingKind listingKind) {
        this.listingKind = listingKind;
    }

    public LocalDate getListingDate() {
        return listingDate;
    }

    public void setListingDate(LocalDate listingDate) {
        this.listingDate = listingDate;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public void setGraduationDate(LocalDate graduationDate) {
        this.graduationDate = graduationDate;
    }

    public String getGraduationNote() {
        return graduationNote;
    }

    public void setGraduationNote(String graduationNote) {
        this.graduationNote = graduationNote;
    }
}
