package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The leader's decision on a reviewed entry application ({@code WEB-INF/incubator/decision.xhtml}, in the
 * list and the detail page): the application, every reviewer's scores or decline, the average and the rank
 * in its batch, then approve or reject with a reason, each confirmed first.
 */
@Named
@ViewScoped
public class EntryDecisionDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "decisionForm";
    private static final Set<String> FIELDS = Set.of("reason");

    @Inject
    EntryService entryService;

    @Inject
    PageMessages messages;

    private Long id;
    private long version;
    private String enterprise;
    private String carrier;
    private String summary;
    private ReviewView review;
    private String reason;
    private List<EntryFileRow> files = List.of();

    /** Opens the dialog on an application. */
    public void open(long applicationId) {
        EntryApplication application = entryService.get(applicationId);
        id = application.getId();
        version = application.getVersion();
        enterprise = application.getEnterprise().getName();
        carrier = application.getCarrier().getName();
        summary = application.getBusinessSummary();
        review = entryService.standing(applicationId).map(ReviewView::new).orElse(null);
        files = EntryFileRow.of(entryService.files(applicationId), applicationId);
        reason = null;
    }

    /** The application's documents: the leader sees what is approved. */
    public List<EntryFileRow> getFiles() {
        return files;
    }

    public String approve() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean approve) {
        try {
            entryService.decide(id, version, approve, reason);
            messages.flashInfo(approve ? "incubator.entry.approved" : "incubator.entry.rejected", enterprise);
            return "/incubator/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getSummary() {
        return summary;
    }

    public ReviewView getReview() {
        return review;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
