package cn.kejiju.workbench.commissioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A commissioner's confirmed annual assessment (年度考核): the figures of the year and the score and
 * grade they gave when a leader confirmed it, with the months served and the reasons for the grade.
 * Once confirmed it no longer follows later changes.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public static final int REASONS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commissioner_id", nullable = false)
    private Commissioner commissioner;

    @Column(name = "assessment_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private long visits;

    @Column(nullable = false, precision = 7, scale = 1)
    private BigDecimal days;

    @Column(nullable = false)
    private long results;

    @Column(precision = 5, scale = 1)
    private BigDecimal satisfaction;

    @Column(name = "service_score", nullable = false, precision = 4, scale = 1)
    private BigDecimal serviceScore;

    @Column(name = "results_score", nullable = false, precision = 4, scale = 1)
    private BigDecimal resultsScore;

    @Column(name = "satisfaction_score", nullable = false, precision = 4, scale = 1)
    private BigDecimal satisfactionScore;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal total;

    @Column(name = "quota_met", nullable = false)
    private boolean quotaMet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Grade grade;

    @Column(name = "months_served")
    private Integer monthsServed;

    /** The reasons for the grade as they were at confirmation ({@link GradeReason#encode}); null before they were kept. */
    @Column(name = "reasons", length = REASONS_MAX)
    private String reasons;

    @Column(name = "confirmed_by", nullable = false, length = 50)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    protected Assessment() {
        // for JPA
    }

    public Assessment(Commissioner commissioner, int year, ServiceFigures figures, AssessmentScore score,
                      String by, Clock clock) {
        this.commissioner = commissioner;
        this.year = year;
        this.visits = figures.visits();
        this.days = figures.days().setScale(1);
        this.results = figures.results();
        this.satisfaction = figures.satisfaction() == null ? null
                : figures.satisfaction().setScale(1, java.math.RoundingMode.HALF_UP);
        this.serviceScore = score.service();
        this.resultsScore = score.results();
        this.satisfactionScore = score.satisfaction();
        this.total = score.total();
        this.quotaMet = score.quotaMet();
        this.grade = score.grade();
        this.monthsServed = score.monthsServed();
        String encoded = GradeReason.encode(score.reasons());
        this.reasons = encoded.length() > REASONS_MAX ? null : encoded;
        this.confirmedBy = by;
        this.confirmedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public Commissioner getCommissioner() {
        return commissioner;
    }

    public int getYear() {
        return year;
    }

    public ServiceFigures figures() {
        return new ServiceFigures(visits, days, results, satisfaction);
    }

    public AssessmentScore score() {
        return new AssessmentScore(serviceScore, resultsScore, satisfactionScore, total, quotaMet, grade,
                monthsServed == null ? CommissionerSettings.MONTHS : monthsServed, GradeReason.decode(reasons));
    }

    public Grade getGrade() {
        return grade;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
