package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ClassificationBands;
import cn.kejiju.workbench.financing.FinancingSettings;
import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.RepaymentSchedule;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The financing settings ({@code admin/financing-settings.xhtml}, system administrator, city level): the limits'
 * capacity multiples and one-enterprise shares, the rounding mode of new instalment tables and the day bands of the
 * five categories. The version read goes back with the change, so a concurrent change is refused; a refused
 * number is shown next to its field.
 */
@Named
@ViewScoped
public class FinancingSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("standardMultiple", "smallMicroMultiple", "standardSinglePercent",
            "smallMicroSinglePercent", "roundingMode", "specialMentionFrom", "substandardFrom", "doubtfulFrom",
            "lossFrom");

    @Inject
    PartnerService partnerService;

    @Inject
    PageMessages messages;

    private long version;
    private Integer standardMultiple;
    private Integer smallMicroMultiple;
    private BigDecimal standardSinglePercent;
    private BigDecimal smallMicroSinglePercent;
    private RoundingMode roundingMode;
    private Integer specialMentionFrom;
    private Integer substandardFrom;
    private Integer doubtfulFrom;
    private Integer lossFrom;
    private LocalDateTime updatedAt;

    public void load() {
        show(partnerService.settings());
    }

    private void show(FinancingSettings settings) {
        version = settings.getVersion();
        standardMultiple = settings.getStandardMultiple();
        smallMicroMultiple = settings.getSmallMicroMultiple();
        standardSinglePercent = settings.getStandardSinglePercent();
        smallMicroSinglePercent = settings.getSmallMicroSinglePercent();
        roundingMode = settings.getRoundingMode();
        ClassificationBands bands = settings.bands();
        specialMentionFrom = bands.specialMentionFrom();
        substandardFrom = bands.substandardFrom();
        doubtfulFrom = bands.doubtfulFrom();
        lossFrom = bands.lossFrom();
        updatedAt = settings.getUpdatedAt();
    }

    public void save() {
        try {
            ClassificationBands bands = new ClassificationBands(orZero(specialMentionFrom), orZero(substandardFrom),
                    orZero(doubtfulFrom), orZero(lossFrom));
            show(partnerService.changeSettings(version, orZero(standardMultiple), orZero(smallMicroMultiple),
                    standardSinglePercent, smallMicroSinglePercent, roundingMode, bands));
            messages.info("financing.settingsSaved");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "settingsForm", FIELDS);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The rounding modes offered, in a fixed order. */
    public List<RoundingMode> getRoundingModes() {
        return List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
                RoundingMode.DOWN).stream().filter(RepaymentSchedule.ROUNDING_MODES::contains).toList();
    }

    public Integer getStandardMultiple() {
        return standardMultiple;
    }

    public void setStandardMultiple(Integer standardMultiple) {
        this.standardMultiple = standardMultiple;
    }

    public Integer getSmallMicroMultiple() {
        return smallMicroMultiple;
    }

    public void setSmallMicroMultiple(Integer smallMicroMultiple) {
        this.smallMicroMultiple = smallMicroMultiple;
    }

    public BigDecimal getStandardSinglePercent() {
        return standardSinglePercent;
    }

    public void setStandardSinglePercent(BigDecimal standardSinglePercent) {
        this.standardSinglePercent = standardSinglePercent;
    }

    public BigDecimal getSmallMicroSinglePercent() {
        return smallMicroSinglePercent;
    }

    public void setSmallMicroSinglePercent(BigDecimal smallMicroSinglePercent) {
        this.smallMicroSinglePercent = smallMicroSinglePercent;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public void setRoundingMode(RoundingMode roundingMode) {
        this.roundingMode = roundingMode;
    }

    public Integer getSpecialMentionFrom() {
        return specialMentionFrom;
    }

    public void setSpecialMentionFrom(Integer specialMentionFrom) {
        this.specialMentionFrom = specialMentionFrom;
    }

    public Integer getSubstandardFrom() {
        return substandardFrom;
    }

    public void setSubstandardFrom(Integer substandardFrom) {
        this.substandardFrom = substandardFrom;
    }

    public Integer getDoubtfulFrom() {
        return doubtfulFrom;
    }

    public void setDoubtfulFrom(Integer doubtfulFrom) {
        this.doubtfulFrom = doubtfulFrom;
    }

    public Integer getLossFrom() {
        return lossFrom;
    }

    public void setLossFrom(Integer lossFrom) {
        this.lossFrom = lossFrom;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
