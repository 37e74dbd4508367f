package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryFile;
import cn.kejiju.workbench.incubator.EntryFileKind;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.EntryStatus;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An entry application ({@code incubator/application.xhtml?id=…}): what it asks for, its review (each
 * reviewer's scores or decline, the average and the rank), its documents (attached while it is a draft; the
 * business plan and licence before it is submitted), and the next step: the clerk edits and submits
 * a draft and assigns reviewers, the leader decides a reviewed one, the clerk lets units for an approved one.
 */
@Named
@ViewScoped
public class EntryDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("reviewerIds", "foundedOn", "files", "file", "kind");

    @Inject
    EntryService entryService;

    @Inject
    PageMessages messages;

    private Long id;
    private long version;
    private String enterprise;
    private long enterpriseId;
    private String carrier;
    private long carrierId;
    private String county;
    private String unitKind;
    private BigDecimal area;
    private String businessSummary;
    private String technologyField;
    private LocalDate foundedOn;
    private LocalDate appliedOn;
    private EntryStatus status;
    private String decisionReason;
    private String decidedBy;
    private LocalDate decidedOn;
    private Long agreementId;
    private ReviewView review;
    private boolean loaded;

    private List<EntryFileRow> files = List.of();
    private List<String> missingKinds = List.of();
    private EntryFileKind fileKind = EntryFileKind.BUSINESS_PLAN;
    private transient UploadedFile file;

    private List<Long> reviewerIds = new ArrayList<>();
    private List<SelectItem> reviewers = List.of();

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            EntryApplication a = entryService.get(id);
            version = a.getVersion();
            enterprise = a.getEnterprise().getName();
            enterpriseId = a.getEnterprise().getId();
            carrier = a.getCarrier().getName();
            carrierId = a.getCarrier().getId();
            county = a.getCounty().getName();
            unitKind = a.getUnitKind().name();
            area = a.getArea();
            businessSummary = a.getBusinessSummary();
            technologyField = a.getTechnologyField();
            foundedOn = a.getFoundedOn();
            appliedOn = a.getAppliedOn();
            status = a.getStatus();
            decisionReason = a.getDecisionReason();
            decidedBy = a.getDecidedBy();
            decidedOn = a.getDecidedOn();
            review = entryService.standing(id).map(ReviewView::new).orElse(null);
            agreementId = status == EntryStatus.APPROVED ? entryService.agreementOf(id).orElse(null) : null;
            List<EntryFile> attached = entryService.files(id);
            files = EntryFileRow.of(attached, id);
            missingKinds = EntryFileKind.required().stream()
                    .filter(kind -> attached.stream().noneMatch(f -> f.getKind() == kind)).map(Enum::name).toList();
            loaded = true;
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    public String submit() {
        try {
            entryService.submit(id, version);
            messages.flashInfo("incubator.entry.submitted", enterprise);
            return "/incubator/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "actions", FIELDS);
        }
        return null;
    }

    /** Attaches the chosen document of the chosen kind to the draft; the service checks its type and size. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn("documentsForm:file", "incubator.entry.file.noFile");
            return null;
        }
        try {
            entryService.attach(id, fileKind, file.getFileName(), file.getContent());
            messages.flashInfo("incubator.entry.file.uploaded", file.getFileName());
            return "/incubator/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "documentsForm", FIELDS);
        }
        return null;
    }

    public String removeFile(long fileId) {
        try {
            entryService.removeFile(id, fileId);
            messages.flashInfo("incubator.entry.file.removed", enterprise);
            return "/incubator/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "documentsForm", FIELDS);
        }
        return null;
    }

    /** Opens the reviewer choice: the county's and the city's reviewers. */
    public void prepareReviewers() {
        reviewerIds = new ArrayList<>();
        reviewers = entryService.reviewers(id).stream().map(r -> new SelectItem(r.id(), r.name())).toList();
    }

    public String assignReviewers() {
        try {
            entryService.assignReviewers(id, version, reviewerIds);
            messages.flashInfo("incubator.entry.reviewersAssigned", enterprise);
            return "/incubator/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "reviewersForm", FIELDS);
        }
        return null;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public boolean isDraft() {
        return status == EntryStatus.DRAFT;
    }

    public boolean isAssignable() {
        return status == EntryStatus.SUBMITTED || status == EntryStatus.UNDER_REVIEW || status == EntryStatus.REVIEWED;
    }

    public boolean isReviewed() {
        return status == EntryStatus.REVIEWED;
    }

    public boolean isLettable() {
        return status == EntryStatus.APPROVED && agreementId == null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public Long getApplicationId() {
        return id;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getCarrier() {
        return carrier;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public String getCounty() {
        return county;
    }

    public String getUnitKind() {
        return unitKind;
    }

    public BigDecimal getArea() {
        return area;
    }

    public String getBusinessSummary() {
        return businessSummary;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public ReviewView getReview() {
        return review;
    }

    public List<EntryFileRow> getFiles() {
        return files;
    }

    /** The required kinds not attached yet (names of {@link EntryFileKind}). */
    public List<String> getMissingKinds() {
        return missingKinds;
    }

    public EntryFileKind[] getFileKinds() {
        return EntryFileKind.values();
    }

    public EntryFileKind getFileKind() {
        return fileKind;
    }

    public void setFileKind(EntryFileKind fileKind) {
        this.fileKind = fileKind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Long> getReviewerIds() {
        return reviewerIds;
    }

    public void setReviewerIds(List<Long> reviewerIds) {
        this.reviewerIds = reviewerIds;
    }

    public List<SelectItem> getReviewers() {
        return reviewers;
    }
}
