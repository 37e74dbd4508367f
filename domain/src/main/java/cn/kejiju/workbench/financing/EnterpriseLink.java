package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Two enterprises are related parties (关联方: common control, parent and subsidiary, the same actual
 * controller): for the one-enterprise limit they count as one. Undirected, stored once with the lower id
 * first.
 */
@Entity
@Table(name = "fin_enterprise_link")
public class EnterpriseLink {

    public static final int RELATION_MAX = 100;

    @Id
    @SequenceGenerator(name = "fin_enterprise_link_seq", sequenceName = "fin_enterprise_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_enterprise_link_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_a", nullable = false)
    private Enterprise first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_b", nullable = false)
    private Enterprise second;

    @Column(nullable = false, length = RELATION_MAX)
    private String relation;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected EnterpriseLink() {
        // for JPA
    }

    public EnterpriseLink(Enterprise one, Enterprise other, String relation, String by, Clock clock) {
        if (one.getId().equals(other.getId())) {
            throw new RuleViolationException("financing.link.self", "relatedId");
        }
        boolean ordered = one.getId() < other.getId();
        this.first = ordered ? one : other;
        this.second = ordered ? other : one;
        this.relation = ClerkInput.required(relation, "relation", RELATION_MAX);
        this.createdBy = by;
        this.createdAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public Enterprise getFirst() {
        return first;
    }

    public Enterprise getSecond() {
        return second;
    }

    /** The enterprise at the other end from {@code enterpriseId}. */
    public Enterprise other(long enterpriseId) {
        return first.getId() == enterpriseId ? second : first;
    }

    public String getRelation() {
        return relation;
    }
}
