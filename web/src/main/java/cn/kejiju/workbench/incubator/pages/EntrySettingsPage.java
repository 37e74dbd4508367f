package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.EntrySettings;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.review.ReviewService;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The entry application settings ({@code admin/incubator-entry-settings.xhtml}, system administrator): the
 * entry rule's months since founding and the criteria set new entry reviews use. The version read goes back
 * with the change, so a concurrent change is refused.
 */
@Named
@ViewScoped
public class EntrySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("maxAgeMonths", "criteriaSetCode");

    @Inject
    EntryService entryService;

    @Inject
    ReviewService reviewService;

    @Inject
    PageMessages messages;

    private long version;
    private Integer maxAgeMonths;
    private String criteriaSetCode;
    private LocalDateTime updatedAt;
    private List<SelectItem> criteriaSets;

    public void load() {
        EntrySettings settings = entryService.settings();
        version = settings.getVersion();
        maxAgeMonths = settings.getMaxAgeMonths();
        criteriaSetCode = settings.getCriteriaSetCode();
        updatedAt = settings.getUpdatedAt();
        criteriaSets = reviewService.criteriaSets().stream()
                .map(s -> new SelectItem(s.getCode(), s.getName() + "（" + s.getCriteria().size() + "）")).toList();
    }

    public void save() {
        try {
            EntrySettings saved = entryService.changeSettings(version, maxAgeMonths == null ? 0 : maxAgeMonths,
                    criteriaSetCode);
            version = saved.getVersion();
            updatedAt = saved.getUpdatedAt();
            messages.info("incubator.entry.settingsSaved");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "settingsForm", FIELDS);
        }
    }

    public Integer getMaxAgeMonths() {
        return maxAgeMonths;
    }

    public void setMaxAgeMonths(Integer maxAgeMonths) {
        this.maxAgeMonths = maxAgeMonths;
    }

    public String getCriteriaSetCode() {
        return criteriaSetCode;
    }

    public void setCriteriaSetCode(String criteriaSetCode) {
        this.criteriaSetCode = criteriaSetCode;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<SelectItem> getCriteriaSets() {
        return criteriaSets;
    }
}
