package cn.kejiju.workbench.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A section's editable sentence (or its title, key {@code title}) as stored: the defaults come with the
 * migration, an administrator rewrites them. A text is stored only after its placeholders were checked against
 * the section's figures.
 */
@Entity
@Table(name = "sum_template")
public class SummaryTemplate {

    public static final String TITLE = "title";
    public static final int SECTION_MAX = 40;
    public static final int KEY_MAX = 40;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = SECTION_MAX)
    private String section;

    @Column(name = "template_key", nullable = false, length = KEY_MAX)
    private String key;

    @Column(nullable = false)
    private int position;

    @Size(max = SentenceTemplate.TEXT_MAX)
    @Column(nullable = false, length = SentenceTemplate.TEXT_MAX)
    private String text;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected SummaryTemplate() {
    }

    /**
     * A default template that came with the code rather than with a migration ({@code SummaryTemplateDefaults}),
     * its placeholders checked against the section's figures as a rewrite's are.
     */
    public static SummaryTemplate byDefault(long id, String section, String key, int position, String text,
                                            Set<String> figureKeys) {
        SentenceTemplate checked = new SentenceTemplate(section, key, text);
        checked.check(figureKeys);
        SummaryTemplate template = new SummaryTemplate();
        template.id = id;
        template.section = section;
        template.key = key;
        template.position = position;
        template.text = checked.text();
        return template;
    }

    /** Checks the new text against the section's figures and keeps it (field {@code text} on refusal). */
    public void rewrite(String newText, Set<String> figureKeys, String by, LocalDateTime at) {
        SentenceTemplate checked = new SentenceTemplate(section, key, newText);
        checked.check(figureKeys);
        this.text = checked.text();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public SentenceTemplate sentence() {
        return new SentenceTemplate(section, key, text);
    }

    public boolean isTitle() {
        return TITLE.equals(key);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSection() {
        return section;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
