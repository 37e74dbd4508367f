package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * The parts of a summary the data cannot write, typed by the clerk: the highlights (主要亮点), the problems
 * (存在的问题) and the next steps (下一步工作打算). Plain text, paragraphs separated by new lines.
 */
@Embeddable
public class Narrative implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PART_MAX = 8000;
    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    @Size(max = PART_MAX)
    @Column(length = PART_MAX)
    private String highlights;

    @Size(max = PART_MAX)
    @Column(length = PART_MAX)
    private String problems;

    @Size(max = PART_MAX)
    @Column(name = "next_steps", length = PART_MAX)
    private String nextSteps;

    protected Narrative() {
    }

    public Narrative(String highlights, String problems, String nextSteps) {
        this.highlights = part(highlights, "highlights");
        this.problems = part(problems, "problems");
        this.nextSteps = part(nextSteps, "nextSteps");
    }

    private static String part(String text, String field) {
        String stripped = text == null ? null : paragraphs(text);
        if (stripped == null || stripped.isBlank()) {
            return null;
        }
        if (stripped.length() > PART_MAX) {
            throw new RuleViolationException("field.tooLong", field, PART_MAX);
        }
        return stripped;
    }

    /** Lines kept (CR LF and CR become LF), every other control and bidirectional formatting character dropped. */
    static String paragraphs(String text) {
        return INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    public String getHighlights() {
        return highlights;
    }

    public String getProblems() {
        return problems;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
