package cn.kejiju.workbench.todo;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's source of to-do items that fall due by date or by counting (an assignment ending within
 * 30 days, a commissioner below quota) rather than by an action of a user. Implement it as an
 * {@code @ApplicationScoped} CDI bean in the ejb module; {@link TodoRefresh} finds every feed, asks it
 * at start-up and every hour, and reconciles: what the feed reports is raised (or updated), open items
 * of its {@link #kindPrefix()} it no longer reports are resolved.
 * <p>
 * {@link #due} runs inside a transaction without a signed-in caller (the system: every county), so it
 * reads through repositories, not through services guarded by roles. It should answer with a few
 * set-based queries, not one per record.
 */
public interface TodoFeed {

    /**
     * The kinds this feed owns, e.g. {@code "commissioner.due."}: every draft it reports must have a
     * kind starting with it, and every open item of such a kind that it does not report is resolved.
     * Prefixes of different feeds must not overlap, nor cover kinds that are raised by events, unless the
     * feed reports exactly the records those events raise items for (then it is their safety net).
     */
    String kindPrefix();

    /** Everything of this feed that needs attention today (bureau time). */
    List<TodoDraft> due(LocalDate today);
}
