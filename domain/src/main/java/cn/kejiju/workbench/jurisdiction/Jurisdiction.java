package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * One administrative division. Invariants: the code is 12 digits, its significant prefix matches the
 * level (the rest zeros) and extends the parent's prefix; a city has no parent, every other level has
 * a parent exactly one level up.
 */
@Entity
@Cacheable
@Table(name = "jurisdiction")
@NamedQuery(name = "Jurisdiction.byCode", query = "select j from Jurisdiction j where j.code = :code")
@NamedQuery(name = "Jurisdiction.children",
        query = "select j from Jurisdiction j where j.parent.id = :parentId order by j.code")
@NamedQuery(name = "Jurisdiction.byLevel",
        query = "select j from Jurisdiction j where j.level = :level order by j.code")
@NamedQuery(name = "Jurisdiction.all", query = "select j from Jurisdiction j order by j.code")
@NamedQuery(name = "Jurisdiction.countChildren",
        query = "select count(j) from Jurisdiction j where j.parent.id = :id")
public class Jurisdiction {

    public static final int CODE_LENGTH = 12;
    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "jurisdiction_seq", sequenceName = "jurisdiction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jurisdiction_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Pattern(regexp = "\\d{12}")
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JurisdictionLevel level;

    /**
     * Read with the division (at most three ancestors, all in the shared cache): every reader walks up
     * the tree ({@link #county()}, {@link #contains}), also after the transaction that read it.
     */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Jurisdiction parent;

    protected Jurisdiction() {
        // for JPA
    }

    private Jurisdiction(String code, String name, JurisdictionLevel level, Jurisdiction parent) {
        this.code = checkCode(code, level, parent);
        this.level = level;
        this.parent = parent;
        rename(name);
    }

    public static Jurisdiction city(String code, String name) {
        return new Jurisdiction(code, name, JurisdictionLevel.CITY, null);
    }

    /** A division directly below {@code parent}; its level is the one under the parent's. */
    public static Jurisdiction under(Jurisdiction parent, String code, String name) {
        Objects.requireNonNull(parent, "parent");
        if (parent.getLevel() == JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException("jurisdiction.villageHasNoChildren", "parentId");
        }
        JurisdictionLevel childLevel = JurisdictionLevel.values()[parent.getLevel().ordinal() + 1];
        return new Jurisdiction(code, name, childLevel, parent);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new RuleViolationException("jurisdiction.nameRequired", "name");
        }
        String trimmed = newName.strip();
        if (trimmed.length() > NAME_MAX) {
            throw new RuleViolationException("field.tooLong", "name", NAME_MAX);
        }
        this.name = trimmed;
    }

    private static String checkCode(String code, JurisdictionLevel level, Jurisdiction parent) {
        if (code == null || !code.matches("\\d{12}")) {
            throw new RuleViolationException("jurisdiction.codeFormat", "code");
        }
        int significant = level.significantDigits();
        int ownFrom = level.parent() == null ? 2 : level.parent().significantDigits();
        boolean restIsZero = code.substring(significant).chars().allMatch(c -> c == '0');
        boolean ownIsZero = code.substring(ownFrom, significant).chars().allMatch(c -> c == '0');
        if (!restIsZero || ownIsZero) {
            throw new RuleViolationException("jurisdiction.codeLevel", "code", significant);
        }
        if (parent != null) {
            int parentDigits = parent.getLevel().significantDigits();
            if (!code.startsWith(parent.getCode().substring(0, parentDigits))) {
                throw new RuleViolationException("jurisdiction.codeParent", "code", parent.getCode());
            }
        }
        return code;
    }

    /** The county this division lies in: itself for a county, an ancestor below it, none for the city. */
    public Jurisdiction county() {
        if (level.ordinal() < JurisdictionLevel.COUNTY.ordinal()) {
            return null;
        }
        Jurisdiction current = this;
        while (current.getLevel() != JurisdictionLevel.COUNTY) {
            current = current.getParent();
        }
        return current;
    }

    /** True when {@code other} is this division or lies below it. */
    public boolean contains(Jurisdiction other) {
        for (Jurisdiction current = other; current != null; current = current.getParent()) {
            if (current.getCode().equals(code)) {
                return true;
            }
        }
        return false;
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

    public JurisdictionLevel getLevel() {
        return level;
    }

    public Jurisdiction getParent() {
        return parent;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
