package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whom a commissioner serves: a village (村/社区) from the jurisdictions, or a cooperative or an
 * enterprise from the master data. The key ({@code V:11}, {@code O:100}) identifies a target across
 * assignments and logs, so statistics count distinct targets in the database.
 */
@Embeddable
public class ServiceTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private TargetKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    private Jurisdiction village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Enterprise organisation;

    @Column(name = "target_key", nullable = false, length = 24)
    private String key;

    protected ServiceTarget() {
        // for JPA
    }

    public static ServiceTarget village(Jurisdiction village) {
        if (village.getLevel() != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException("target.notVillage", "targetId", village.getName());
        }
        ServiceTarget target = new ServiceTarget();
        target.kind = TargetKind.VILLAGE;
        target.village = village;
        target.key = key(TargetKind.VILLAGE, village.getId());
        return target;
    }

    /** An organisation from master data: a cooperative if registered as one, an enterprise otherwise. */
    public static ServiceTarget organisation(Enterprise organisation) {
        ServiceTarget target = new ServiceTarget();
        target.kind = organisation.getKind() == EnterpriseKind.COOPERATIVE ? TargetKind.COOPERATIVE : TargetKind.ENTERPRISE;
        target.organisation = organisation;
        target.key = key(target.kind, organisation.getId());
        return target;
    }

    public static String key(TargetKind kind, long id) {
        return (kind == TargetKind.VILLAGE ? "V:" : "O:") + id;
    }

    public TargetKind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    /** The id of the village or organisation. */
    public long getId() {
        return kind == TargetKind.VILLAGE ? village.getId() : organisation.getId();
    }

    public String getName() {
        return kind == TargetKind.VILLAGE ? village.getName() : organisation.getName();
    }

    /** The county the target lies in. */
    public Jurisdiction county() {
        return kind == TargetKind.VILLAGE ? village.county() : organisation.getCounty();
    }

    public Jurisdiction getVillage() {
        return village;
    }

    public Enterprise getOrganisation() {
        return organisation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceTarget other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return getName() + " (" + key + ")";
    }
}
