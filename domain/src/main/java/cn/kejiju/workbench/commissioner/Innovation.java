package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Pinyin;
import cn.kejiju.workbench.shared.RuleViolationException;
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

import java.util.Objects;

/**
 * A named variety (品种) or technology (技术) of a county, kept once however many villages it is
 * introduced to: statistics count it once as a variety and once per {@link Introduction}. The pinyin
 * initials of its name are kept beside it, so that typing "cylf" finds "茶园绿色防控". A clerk renames an
 * item or merges a duplicate into the item it repeats ({@link #absorb}).
 */
@Entity
@Table(name = "innovation")
public class Innovation {

    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "innovation_seq", sequenceName = "innovation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "innovation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InnovationKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "initials", length = NAME_MAX)
    private String initials;

    protected Innovation() {
        // for JPA
    }

    public Innovation(Jurisdiction county, InnovationKind kind, String name) {
        this.county = Objects.requireNonNull(county, "county");
        this.kind = Objects.requireNonNull(kind, "kind");
        rename(name);
    }

    /** Gives the item another name (normalized as every name is); its initials follow. */
    public final void rename(String newName) {
        this.name = normalize(newName);
        this.initials = Pinyin.initials(this.name);
    }

    /** Sets the initials of an item stored before they were kept; true when they changed. */
    public boolean refreshInitials() {
        String current = Pinyin.initials(name);
        boolean changed = !current.equals(initials);
        initials = current;
        return changed;
    }

    /**
     * Checks that {@code duplicate} may be merged into this item: another item of the same county and
     * kind. The repository then moves its introductions here and removes it.
     */
    public void absorb(Innovation duplicate) {
        Objects.requireNonNull(duplicate, "duplicate");
        if (duplicate == this || (id != null && id.equals(duplicate.id))) {
            throw new RuleViolationException("commissioner.innovation.mergeSelf", "duplicateId");
        }
        boolean sameCounty = county == duplicate.county
                || (county.getId() != null && county.getId().equals(duplicate.county.getId()));
        if (!sameCounty) {
            throw new RuleViolationException("commissioner.innovation.mergeCounty", "duplicateId");
        }
        if (kind != duplicate.kind) {
            throw new RuleViolationException("commissioner.innovation.mergeKind", "duplicateId");
        }
    }

    /** The form a name is kept and matched in: trimmed, inner runs of white space as one space. */
    public static String normalize(String name) {
        String normalized = Texts.required(name == null ? null : name.strip().replaceAll("\\s+", " "),
                "introductions", NAME_MAX);
        return normalized;
    }

    public Long getId() {
        return id;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public InnovationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getInitials() {
        return initials;
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
