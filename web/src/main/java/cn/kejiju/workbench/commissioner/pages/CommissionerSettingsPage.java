package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.commissioner.MissingRating;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The rules of the commissioner programme ({@code admin/commissioner-settings.xhtml}, system
 * administrator): eligibility, the cap on active assignments, the annual quota, the assessment
 * weights and grade bands, the evidence size limit. The version loaded with the settings goes back
 * with the change; a refused value is shown next to its field.
 */
@Named
@ViewScoped
public class CommissionerSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "settingsForm";
    private static final Set<String> FIELDS = Set.of("maxActiveAssignments", "quotaVisits", "quotaDays",
            "resultsTarget", "serviceWeight", "resultsWeight", "satisfactionWeight", "excellentFrom", "goodFrom",
            "passFrom", "evidenceMaxMegabytes", "minMonthsAssessed", "missingRating");

    @Inject
    CommissionerService commissionerService;

    @Inject
    PageMessages messages;

    private long version;
    private String updatedBy;
    private LocalDateTime updatedAt;
    private boolean barPartyGovernmentStaff;
    private Integer maxActiveAssignments;
    private Integer quotaVisits;
    private Integer quotaDays;
    private Integer resultsTarget;
    private Integer serviceWeight;
    private Integer resultsWeight;
    private Integer satisfactionWeight;
    private Integer excellentFrom;
    private Integer goodFrom;
    private Integer passFrom;
    private Integer evidenceMaxMegabytes;
    private boolean evidenceRequired;
    private Integer minMonthsAssessed;
    private MissingRating missingRating;

    @PostConstruct
    void load() {
        CommissionerSettings settings = commissionerService.settings();
        version = settings.getVersion();
        updatedBy = settings.getUpdatedBy();
        updatedAt = settings.getUpdatedAt();
        CommissionerSettings.Values v = settings.values();
        barPartyGovernmentStaff = v.barPartyGovernmentStaff();
        maxActiveAssignments = v.maxActiveAssignments();
        quotaVisits = v.quotaVisits();
        quotaDays = v.quotaDays();
        resultsTarget = v.resultsTarget();
        serviceWeight = v.serviceWeight();
        resultsWeight = v.resultsWeight();
        satisfactionWeight = v.satisfactionWeight();
        excellentFrom = v.excellentFrom();
        goodFrom = v.goodFrom();
        passFrom = v.passFrom();
        evidenceMaxMegabytes = v.evidenceMaxMegabytes();
        evidenceRequired = v.evidenceRequired();
        minMonthsAssessed = v.minMonthsAssessed();
        missingRating = v.missingRating();
    }

    /** Saves and shows the settings as stored; a refused value stays on the page next to its field. */
    public String save() {
        try {
            commissionerService.reviseSettings(version, new CommissionerSettings.Values(barPartyGovernmentStaff,
                    maxActiveAssignments, quotaVisits, quotaDays, resultsTarget, serviceWeight, resultsWeight,
                    satisfactionWeight, excellentFrom, goodFrom, passFrom, evidenceMaxMegabytes, evidenceRequired,
                    minMonthsAssessed, missingRating));
            messages.flashInfo("commissioner.settings.saved");
            return "/admin/commissioner-settings?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public Integer getMinMonthsAssessed() {
        return minMonthsAssessed;
    }

    public void setMinMonthsAssessed(Integer minMonthsAssessed) {
        this.minMonthsAssessed = minMonthsAssessed;
    }

    public MissingRating getMissingRating() {
        return missingRating;
    }

    public void setMissingRating(MissingRating missingRating) {
        this.missingRating = missingRating;
    }

    public MissingRating[] getMissingRatings() {
        return MissingRating.values();
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public int getMaxEvidenceMegabytes() {
        return CommissionerSettings.MAX_EVIDENCE_MB;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toLocalDate() + " " + updatedAt.toLocalTime().withNano(0);
    }

    public boolean isBarPartyGovernmentStaff() {
        return barPartyGovernmentStaff;
    }

    public void setBarPartyGovernmentStaff(boolean barPartyGovernmentStaff) {
        this.barPartyGovernmentStaff = barPartyGovernmentStaff;
    }

    public Integer getMaxActiveAssignments() {
        return maxActiveAssignments;
    }

    public void setMaxActiveAssignments(Integer maxActiveAssignments) {
        this.maxActiveAssignments = maxActiveAssignments;
    }

    public Integer getQuotaVisits() {
        return quotaVisits;
    }

    public void setQuotaVisits(Integer quotaVisits) {
        this.quotaVisits = quotaVisits;
    }

    public Integer getQuotaDays() {
        return quotaDays;
    }

    public void setQuotaDays(Integer quotaDays) {
        this.quotaDays = quotaDays;
    }

    public Integer getResultsTarget() {
        return resultsTarget;
    }

    public void setResultsTarget(Integer resultsTarget) {
        this.resultsTarget = resultsTarget;
    }

    public Integer getServiceWeight() {
        return serviceWeight;
    }

    public void setServiceWeight(Integer serviceWeight) {
        this.serviceWeight = serviceWeight;
    }

    public Integer getResultsWeight() {
        return resultsWeight;
    }

    public void setResultsWeight(Integer resultsWeight) {
        this.resultsWeight = resultsWeight;
    }

    public Integer getSatisfactionWeight() {
        return satisfactionWeight;
    }

    public void setSatisfactionWeight(Integer satisfactionWeight) {
        this.satisfactionWeight = satisfactionWeight;
    }

    public Integer getExcellentFrom() {
        return excellentFrom;
    }

    public void setExcellentFrom(Integer excellentFrom) {
        this.excellentFrom = excellentFrom;
    }

    public Integer getGoodFrom() {
        return goodFrom;
    }

    public void setGoodFrom(Integer goodFrom) {
        this.goodFrom = goodFrom;
    }

    public Integer getPassFrom() {
        return passFrom;
    }

    public void setPassFrom(Integer passFrom) {
        this.passFrom = passFrom;
    }

    public Integer getEvidenceMaxMegabytes() {
        return evidenceMaxMegabytes;
    }

    public void setEvidenceMaxMegabytes(Integer evidenceMaxMegabytes) {
        this.evidenceMaxMegabytes = evidenceMaxMegabytes;
    }
}
