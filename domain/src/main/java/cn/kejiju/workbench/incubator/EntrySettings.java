package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The configurable rules of entry applications, one row per installation, edited by the system
 * administrator: the entry rule's months since founding, and the criteria set new reviews use.
 */
@Entity
@Cacheable
@Table(name = "incubator_entry_settings")
public class EntrySettings {

    /** The one row's id. */
    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "max_age_months", nullable = false)
    private int maxAgeMonths;

    @Size(max = 40)
    @Column(name = "criteria_set_code", nullable = false, length = 40)
    private String criteriaSetCode;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected EntrySettings() {
        // for JPA
    }

    public EntryRule rule() {
        return new EntryRule(maxAgeMonths);
    }

    /** Changes the rule's months and the criteria set (whose existence the service checked). */
    public void change(int months, String setCode, Clock clock) {
        new EntryRule(months);
        if (setCode == null || setCode.isBlank()) {
            throw new RuleViolationException("field.required", "criteriaSetCode");
        }
        this.maxAgeMonths = months;
        this.criteriaSetCode = setCode.strip();
        this.updatedAt = LocalDateTime.now(clock);
    }

    public long getVersion() {
        return version;
    }

    public int getMaxAgeMonths() {
        return maxAgeMonths;
    }

    public String getCriteriaSetCode() {
        return criteriaSetCode;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
