package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a section with placeholders in braces, said with the section's figures.
 *
 * <p>Placeholders: {@code {jurisdiction}} (全县 / 全市), {@code {county}} (the county's or the city's name),
 * {@code {period}} (2026年上半年), and for every figure {@code k} of the section: {@code {k}} its value with
 * its measure word ("23名", "5700万元"), {@code {k.start}} the value at the start of the period,
 * {@code {k.change}} the change over the period ("由14名增加到23名"; for a sum over the period: against the
 * previous period), {@code {k.previous}} the previous period's value, {@code {k.lastYear}} the same period
 * last year's, {@code {k.yoy}} the comparison with it ("同比增长12.5%", "与去年同期持平") and
 * {@code {k.number}} the bare number. A figure without the value asked for is said "—".
 */
public record SentenceTemplate(String section, String key, String text) {

    public static final int TEXT_MAX = 1000;
    public static final List<String> GLOBALS = List.of("jurisdiction", "county", "period");
    public static final List<String> PARTS = List.of("start", "change", "previous", "lastYear", "yoy", "number");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final String MISSING = "—";
    /** A comma or enumeration comma left before other punctuation by a placeholder said as nothing. */
    private static final Pattern DANGLING = Pattern.compile("[，、]+(?=[。；，！？）])");

    public SentenceTemplate {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("field.required", "text");
        }
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            throw new RuleViolationException("field.tooLong", "text", TEXT_MAX);
        }
    }

    /** The placeholder names in order of appearance, without braces. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Refuses a text with an unknown placeholder or a stray brace (field {@code text}): every placeholder must
     * be a global one or a figure of the section, bare or with one of {@link #PARTS}.
     */
    public void check(Set<String> figureKeys) {
        String outside = PLACEHOLDER.matcher(text).replaceAll("");
        if (outside.contains("{") || outside.contains("}")) {
            throw new RuleViolationException("summary.template.brace", "text");
        }
        for (String name : placeholders()) {
            if (!known(name, figureKeys)) {
                throw new RuleViolationException("summary.template.placeholder", "text", "{" + name + "}");
            }
        }
    }

    private static boolean known(String name, Set<String> figureKeys) {
        if (GLOBALS.contains(name) || figureKeys.contains(name)) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && figureKeys.contains(name.substring(0, dot)) && PARTS.contains(name.substring(dot + 1));
    }

    /** The sentence with every placeholder replaced (unknown ones are kept as written). */
    public String render(SectionContent content, Map<String, String> globals) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder said = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(said, Matcher.quoteReplacement(value(name, content, globals)));
        }
        matcher.appendTail(said);
        return DANGLING.matcher(said.toString()).replaceAll("");
    }

    private static String value(String name, SectionContent content, Map<String, String> globals) {
        if (globals.containsKey(name)) {
            return globals.get(name);
        }
        int dot = name.indexOf('.');
        String key = dot < 0 ? name : name.substring(0, dot);
        String part = dot < 0 ? "" : name.substring(dot + 1);
        return content.figure(key).map(figure -> part(figure, part)).orElse("{" + name + "}");
    }

    private static String part(Figure figure, String part) {
        return switch (part) {
            case "" -> figure.worded();
            case "number" -> Wording.plain(figure.value());
            case "start" -> said(figure.atStart(), figure.unit());
            case "previous" -> said(figure.previous(), figure.unit());
            case "lastYear" -> said(figure.lastYear(), figure.unit());
            case "yoy" -> Wording.yearOnYear(figure.value(), figure.lastYear());
            case "change" -> {
                BigDecimal from = figure.isStock() ? figure.atStart() : figure.previous();
                yield from == null ? figure.worded() : Wording.change(from, figure.value(), figure.unit());
            }
            default -> "{" + figure.key() + "." + part + "}";
        };
    }

    private static String said(BigDecimal value, FigureUnit unit) {
        return value == null ? MISSING : Wording.quantity(value, unit);
    }
}
