package cn.kejiju.workbench.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A saved version of a summary, never changed: the narrative the clerk wrote and the sections as generated when
 * it was saved (figures and sentences, JSON), so that an approved summary says what was approved whatever the
 * records do later.
 */
@Entity
@Table(name = "sum_version")
public class SummaryVersion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The sections as stored may be this long. */
    public static final int SECTIONS_MAX = 60000;

    @Id
    @SequenceGenerator(name = "sum_version_seq", sequenceName = "sum_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sum_version_seq")
    private Long id;

    @Column(name = "summary_id", nullable = false)
    private Long summaryId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Embedded
    private Narrative narrative;

    @Column(nullable = false, length = SECTIONS_MAX)
    private String sections;

    @Column(name = "prepared_by", nullable = false, length = 60)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private LocalDateTime preparedAt;

    protected SummaryVersion() {
    }

    SummaryVersion(Long summaryId, int number, Narrative narrative, String sections, String preparedBy,
                   LocalDateTime preparedAt) {
        this.summaryId = summaryId;
        this.number = number;
        this.narrative = narrative == null ? new Narrative(null, null, null) : narrative;
        if (sections == null || sections.length() > SECTIONS_MAX) {
            throw new IllegalArgumentException("sections");
        }
        this.sections = sections;
        this.preparedBy = Objects.requireNonNull(preparedBy, "preparedBy");
        this.preparedAt = Objects.requireNonNull(preparedAt, "preparedAt");
    }

    public Long getId() {
        return id;
    }

    public Long getSummaryId() {
        return summaryId;
    }

    public int getNumber() {
        return number;
    }

    public Narrative getNarrative() {
        return narrative == null ? new Narrative(null, null, null) : narrative;
    }

    public String getSections() {
        return sections;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public LocalDateTime getPreparedAt() {
        return preparedAt;
    }
}
