package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A set of review criteria (e.g. technology 30, team 25, market 25, fit 20). Never changed once it exists:
 * the scores of the reviews that used it keep their meaning; other criteria are a new set. Being immutable it
 * is kept in the shared cache, so a review read spends no statement on its criteria.
 */
@Entity
@Cacheable
@Table(name = "review_criteria_set")
public class CriteriaSet {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int CRITERIA_MAX = 12;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9.-]*");

    @Id
    @SequenceGenerator(name = "review_criteria_set_seq", sequenceName = "review_criteria_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_criteria_set_seq")
    private Long id;

    @Version
    private long version;

    @Size(max = CODE_MAX)
    @Column(nullable = false, unique = true, length = CODE_MAX, updatable = false)
    private String code;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "set_id"))
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected CriteriaSet() {
        // for JPA
    }

    /** A set of criteria named by a code (lower case letters, digits, dots, hyphens) and a name. */
    public CriteriaSet(String code, String name, List<Criterion> criteria) {
        if (code == null || !CODE.matcher(code).matches() || code.length() > CODE_MAX) {
            throw new RuleViolationException("review.criteriaSet.code", "code", CODE_MAX);
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("field.required", "name");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new RuleViolationException("field.tooLong", "name", NAME_MAX);
        }
        if (criteria == null || criteria.isEmpty() || criteria.size() > CRITERIA_MAX) {
            throw new RuleViolationException("review.criteriaSet.count", "criteria", CRITERIA_MAX);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c.getPosition() != i + 1) {
                throw new RuleViolationException("review.criteriaSet.order", "criteria");
            }
            if (!names.add(c.getName())) {
                throw new RuleViolationException("review.criteriaSet.nameTwice", "criteria", c.getName());
            }
        }
        this.code = code;
        this.name = name.strip();
        this.criteria = new ArrayList<>(criteria);
    }

    /** The highest total a reviewer can give: the sum of the criteria's maxima. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(Criterion::getMaxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Checks one score per criterion, in the criteria's order, and returns them as kept. */
    public List<BigDecimal> check(List<BigDecimal> scores) {
        if (scores == null || scores.size() != criteria.size()) {
            throw new RuleViolationException("review.score.count", "scores", criteria.size());
        }
        List<BigDecimal> checked = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            checked.add(criteria.get(i).check(scores.get(i)));
        }
        return checked;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
