package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** A member of a commissioner team (特派团): name, title and specialty. */
@Embeddable
public class TeamMember implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 50;
    public static final int SPECIALTY_MAX = 60;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "title", nullable = false, length = 20)
    private ProfessionalTitle title;

    @Column(name = "specialty", length = SPECIALTY_MAX)
    private String specialty;

    protected TeamMember() {
        // for JPA
    }

    public TeamMember(String name, ProfessionalTitle title, String specialty) {
        this.name = Texts.required(name, "members", NAME_MAX);
        if (title == null) {
            throw new RuleViolationException("field.required", "members");
        }
        this.title = title;
        this.specialty = Texts.optional(specialty, "members", SPECIALTY_MAX);
    }

    public String getName() {
        return name;
    }

    public ProfessionalTitle getTitle() {
        return title;
    }

    public String getSpecialty() {
        return specialty;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember other && Objects.equals(name, other.name) && title == other.title
                && Objects.equals(specialty, other.specialty);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, specialty);
    }
}
