package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;

/** The paging query parameters every list of the API takes: page, size, sort, direction and cursor. */
public final class PageParameters {

    private PageParameters() {
    }

    /** A page by number; {@code dir} must be asc or desc (422 otherwise), the sort key is checked by the repository. */
    public static PageRequest of(int page, int size, String sort, String dir) {
        return new PageRequest(page, size, sort, ascending(dir));
    }

    /** A page by number, or after a cursor a previous page gave ({@code next}); a bad cursor is refused (422). */
    public static PageRequest of(int page, int size, String sort, String dir, String after) {
        return new PageRequest(page, size, sort, ascending(dir), Cursor.decode(after));
    }

    /** Whether {@code dir} asks for ascending order: asc or desc, anything else is refused (422). */
    public static boolean ascending(String dir) {
        if (!"asc".equals(dir) && !"desc".equals(dir)) {
            throw new RuleViolationException("page.direction", "dir");
        }
        return "asc".equals(dir);
    }
}
