package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.incubator.GraduationSettings;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graduation criteria and the recognition thresholds ({@code admin/incubator-graduation-settings.xhtml},
 * system administrator): each criterion with its switch and amount, and a row of thresholds per recognition
 * level. The versions read go back with the change, so a concurrent change is refused.
 */
@Named
@ViewScoped
public class GraduationSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> CRITERIA_FIELDS = Set.of("highTech", "investmentOver", "revenueOver");

    @Inject
    GraduationService graduation;

    @Inject
    PageMessages messages;

    private long version;
    private boolean highTech;
    private boolean investmentEnabled;
    private BigDecimal investmentOver;
    private boolean revenueEnabled;
    private BigDecimal revenueOver;
    private boolean listingEnabled;
    private LocalDateTime updatedAt;
    private String updatedBy;
    private List<ThresholdRow> thresholds;

    public void load() {
        show(graduation.settings());
        showThresholds(graduation.thresholds());
    }

    private void show(GraduationSettings s) {
        version = s.getVersion();
        highTech = s.isHighTech();
        investmentEnabled = s.isInvestmentEnabled();
        investmentOver = s.getInvestmentOver();
        revenueEnabled = s.isRevenueEnabled();
        revenueOver = s.getRevenueOver();
        listingEnabled = s.isListingEnabled();
        updatedAt = s.getUpdatedAt();
        updatedBy = s.getUpdatedBy();
    }

    private void showThresholds(Map<RecognitionLevel, RecognitionThreshold> byLevel) {
        thresholds = new ArrayList<>();
        byLevel.values().forEach(t -> thresholds.add(new ThresholdRow(t)));
    }

    public void saveCriteria() {
        try {
            show(graduation.changeSettings(version, new GraduationSettings.Values(highTech, investmentEnabled,
                    investmentOver, revenueEnabled, revenueOver, listingEnabled)));
            messages.info("incubator.graduation.settingsSaved", version);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "criteriaForm", CRITERIA_FIELDS);
        }
    }

    public void saveThresholds() {
        Map<RecognitionLevel, Long> versions = new EnumMap<>(RecognitionLevel.class);
        Map<RecognitionLevel, RecognitionThreshold.Values> values = new EnumMap<>(RecognitionLevel.class);
        for (ThresholdRow row : thresholds) {
            versions.put(row.level, row.version);
            values.put(row.level, new RecognitionThreshold.Values(row.minTenants, row.minPerThousand,
                    row.minUsedPercent, row.minGraduates));
        }
        try {
            showThresholds(graduation.changeThresholds(versions, values));
            messages.info("incubator.graduation.thresholdsSaved");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "thresholdsForm", Set.of());
        }
    }

    /** One recognition level's thresholds as edited. */
    public static class ThresholdRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RecognitionLevel level;
        private final long version;
        private Integer minTenants;
        private BigDecimal minPerThousand;
        private BigDecimal minUsedPercent;
        private Integer minGraduates;

        ThresholdRow(RecognitionThreshold t) {
            this.level = t.getLevel();
            this.version = t.getVersion();
            this.minTenants = t.getMinTenants();
            this.minPerThousand = t.getMinPerThousand();
            this.minUsedPercent = t.getMinUsedPercent();
            this.minGraduates = t.getMinGraduates();
        }

        public RecognitionLevel getLevel() {
            return level;
        }

        public Integer getMinTenants() {
            return minTenants;
        }

        public void setMinTenants(Integer minTenants) {
            this.minTenants = minTenants;
        }

        public BigDecimal getMinPerThousand() {
            return minPerThousand;
        }

        public void setMinPerThousand(BigDecimal minPerThousand) {
            this.minPerThousand = minPerThousand;
        }

        public BigDecimal getMinUsedPercent() {
            return minUsedPercent;
        }

        public void setMinUsedPercent(BigDecimal minUsedPercent) {
            this.minUsedPercent = minUsedPercent;
        }

        public Integer getMinGraduates() {
            return minGraduates;
        }

        public void setMinGraduates(Integer minGraduates) {
            this.minGraduates = minGraduates;
        }
    }

    public boolean isHighTech() {
        return highTech;
    }

    public void setHighTech(boolean highTech) {
        this.highTech = highTech;
    }

    public boolean isInvestmentEnabled() {
        return investmentEnabled;
    }

    public void setInvestmentEnabled(boolean investmentEnabled) {
        this.investmentEnabled = investmentEnabled;
    }

    public BigDecimal getInvestmentOver() {
        return investmentOver;
    }

    public void setInvestmentOver(BigDecimal investmentOver) {
        this.investmentOver = investmentOver;
    }

    public boolean isRevenueEnabled() {
        return revenueEnabled;
    }

    public void setRevenueEnabled(boolean revenueEnabled) {
        this.revenueEnabled = revenueEnabled;
    }

    public BigDecimal getRevenueOver() {
        return revenueOver;
    }

    public void setRevenueOver(BigDecimal revenueOver) {
        this.revenueOver = revenueOver;
    }

    public boolean isListingEnabled() {
        return listingEnabled;
    }

    public void setListingEnabled(boolean listingEnabled) {
        this.listingEnabled = listingEnabled;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<ThresholdRow> getThresholds() {
        return thresholds;
    }
}
