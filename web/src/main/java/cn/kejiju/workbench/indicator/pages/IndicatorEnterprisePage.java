package cn.kejiju.workbench.indicator.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.indicator.HighTechService;
import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.indicator.PatentDetails;
import cn.kejiju.workbench.indicator.PatentFilter;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;
import cn.kejiju.workbench.indicator.YearlyFigures;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Set;

/**
 * An enterprise's innovation indicators ({@code indicator/enterprise.xhtml?id=…}): the high-tech status and
 * pipeline with its steps, R&D spending and high-tech products by year with the form of a year, and its patents
 * with the form recording one. The projects clerk records; leaders record the recognition or the failure too.
 */
@Named
@ViewScoped
public class IndicatorEnterprisePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FIGURES_FORM = "figuresForm";
    static final String PATENT_FORM = "patentForm";
    static final String PIPELINE_FORM = "pipelineForm";
    private static final Set<String> FIGURES_FIELDS = Set.of("year", "rdSpending", "highTechProducts", "productNames");
    private static final Set<String> PATENT_FIELDS = Set.of("number", "title", "type", "appliedOn", "grantedOn",
            "status");
    private static final Set<String> PIPELINE_FIELDS = Set.of("enteredOn", "note", "applicationYear", "submittedOn",
            "certificateNo", "issuedOn", "reason");

    @Inject
    IndicatorService indicatorService;

    @Inject
    HighTechService highTechService;

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    IndicatorEnterprisePanel panel;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean notFound;
    private String name;

    private Long figuresId;
    private Long figuresVersion;
    private Integer year;
    private BigDecimal rdSpending;
    private Integer highTechProducts;
    private String productNames;

    private String number;
    private String title;
    private PatentType type;
    private LocalDate appliedOn;
    private LocalDate grantedOn;
    private PatentStatus status = PatentStatus.PENDING;

    private LocalDate enteredOn;
    private String note;
    private Integer applicationYear;
    private LocalDate submittedOn;
    private String certificateNo;
    private LocalDate issuedOn;
    private String reason;

    private final PagedRows<PatentRow> patents = PagedRows.of(PatentRow::getId,
            request -> indicatorService.patents(PatentFilter.ofEnterprise(id), request).map(PatentRow::new),
            () -> indicatorService.patents(PatentFilter.ofEnterprise(id), PageRequest.of(0, 1)).total())
            .unsorted().defaultSort(null, false);

    public void load() {
        if (notFound || id == null) {
            notFound = true;
            IdParameter.notFound();
            return;
        }
        try {
            Enterprise enterprise = enterpriseService.get(id);
            name = enterprise.getName();
            panel.reload(id);
            LocalDate today = indicatorService.today();
            year = year == null ? today.getYear() : year;
            enteredOn = today;
            applicationYear = today.getYear();
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    /** Opens a recorded year in the form. */
    public void editFigures(FiguresRow row) {
        figuresId = row.getId();
        figuresVersion = row.getVersion();
        year = row.getYear();
        rdSpending = row.getRdSpending();
        highTechProducts = row.getHighTechProducts();
        productNames = row.getProductNames();
    }

    public void newFigures() {
        figuresId = null;
        figuresVersion = null;
        year = indicatorService.today().getYear();
        rdSpending = null;
        highTechProducts = null;
        productNames = null;
    }

    public void saveFigures() {
        try {
            YearlyFigures.Figures figures = new YearlyFigures.Figures(rdSpending, highTechProducts, productNames);
            if (figuresId == null) {
                indicatorService.recordFigures(id, year, figures);
            } else {
                indicatorService.reviseFigures(figuresId, figuresVersion, figures);
            }
            info("indicator.figures.saved", year);
            newFigures();
            panel.reload(id);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FIGURES_FORM, FIGURES_FIELDS);
        }
    }

    public void recordPatent() {
        try {
            indicatorService.recordPatent(id, new PatentDetails(number, title, type, appliedOn, grantedOn, status));
            info("indicator.patent.recorded", number);
            number = null;
            title = null;
            appliedOn = null;
            grantedOn = null;
            status = PatentStatus.PENDING;
            panel.reload(id);
            PagedRows.firstPage("patentsForm:patents");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, PATENT_FORM, PATENT_FIELDS);
        }
    }

    /** A pipeline step; refusals next to the field they name. */
    private void step(Runnable action, String doneKey) {
        try {
            action.run();
            info(doneKey, name);
            panel.reload(id);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, PIPELINE_FORM, PIPELINE_FIELDS);
        }
    }

    public void enterPool() {
        step(() -> highTechService.enter(id, enteredOn, note), "indicator.highTech.entered");
    }

    public void apply() {
        HighTechRow c = panel.getHighTechCase();
        step(() -> highTechService.apply(c.getId(), c.getVersion(), applicationYear, submittedOn),
                "indicator.highTech.applied");
    }

    public void recognise() {
        HighTechRow c = panel.getHighTechCase();
        step(() -> highTechService.recognise(c.getId(), c.getVersion(), certificateNo, issuedOn),
                "indicator.highTech.recognised");
    }

    public void fail() {
        HighTechRow c = panel.getHighTechCase();
        step(() -> highTechService.fail(c.getId(), c.getVersion(), reason), "indicator.highTech.failed");
    }

    public void returnToPool() {
        HighTechRow c = panel.getHighTechCase();
        step(() -> highTechService.returnToPool(c.getId(), c.getVersion(), enteredOn, note),
                "indicator.highTech.returned");
    }

    /** A confirmation for the whole page from the indicator bundle, shown in this (AJAX) response. */
    private static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "indMsg").getString(key);
        String text = new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public PagedRows<PatentRow> getPatents() {
        return patents;
    }

    public PatentType[] getTypes() {
        return PatentType.values();
    }

    public PatentStatus[] getStatuses() {
        return PatentStatus.values();
    }

    public String getName() {
        return name;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isEditingFigures() {
        return figuresId != null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getRdSpending() {
        return rdSpending;
    }

    public void setRdSpending(BigDecimal rdSpending) {
        this.rdSpending = rdSpending;
    }

    public Integer getHighTechProducts() {
        return highTechProducts;
    }

    public void setHighTechProducts(Integer highTechProducts) {
        this.highTechProducts = highTechProducts;
    }

    public String getProductNames() {
        return productNames;
    }

    public void setProductNames(String productNames) {
        this.productNames = productNames;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PatentType getType() {
        return type;
    }

    public void setType(PatentType type) {
        this.type = type;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public PatentStatus getStatus() {
        return status;
    }

    public void setStatus(PatentStatus status) {
        this.status = status;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public void setEnteredOn(LocalDate enteredOn) {
        this.enteredOn = enteredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getApplicationYear() {
        return applicationYear;
    }

    public void setApplicationYear(Integer applicationYear) {
        this.applicationYear = applicationYear;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
