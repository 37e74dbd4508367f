package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.ClerkInput;
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
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDateTime;

/** A programme of the catalogue (科技计划): its name, level, kind and the authority that runs it. */
@Entity
@Table(name = "proj_programme")
public class Programme {

    public static final int NAME_MAX = 100;
    public static final int AUTHORITY_MAX = 100;

    @Id
    @SequenceGenerator(name = "proj_programme_seq", sequenceName = "proj_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proj_programme_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProgrammeLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kind_code", nullable = false)
    private ProgrammeKind kind;

    @Column(length = AUTHORITY_MAX)
    private String authority;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Programme() {
        // for JPA
    }

    public Programme(String name, ProgrammeLevel level, ProgrammeKind kind, String authority, Clock clock) {
        this.active = true;
        revise(name, level, kind, authority, true, clock);
    }

    /** Changes the programme; an inactive kind may stay but not be newly chosen. */
    public void revise(String name, ProgrammeLevel level, ProgrammeKind kind, String authority, boolean active,
                       Clock clock) {
        ProgrammeKind chosen = ClerkInput.present(kind, "kindCode");
        if (!chosen.isActive() && (this.kind == null || !this.kind.getCode().equals(chosen.getCode()))) {
            throw new RuleViolationException("project.programme.kindInactive", "kindCode", chosen.getName());
        }
        this.name = ClerkInput.required(name, "name", NAME_MAX);
        this.level = ClerkInput.present(level, "level");
        this.kind = chosen;
        this.authority = ClerkInput.optional(authority, "authority", AUTHORITY_MAX);
        this.active = active;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public ProgrammeLevel getLevel() {
        return level;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public String getAuthority() {
        return authority;
    }

    public boolean isActive() {
        return active;
    }
}
