package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
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
 * introduced to: statistics count it once as a variety and once per {@link Introduction}.
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

    protected Innovation() {
        // for JPA
    }

    public Innovation(Jurisdiction county, InnovationKind kind, String name) {
        this.county = Objects.requireNonNull(county, "county");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = normalize(name);
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

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
