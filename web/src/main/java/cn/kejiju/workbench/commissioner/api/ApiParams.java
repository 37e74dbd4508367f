package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;

/** Query parameters the commissioner resources share: paging with direction, and days. */
final class ApiParams {

    private ApiParams() {
    }

    /** A page request; {@code dir} must be asc or desc, the sort key is checked by the repository. */
    static PageRequest page(int page, int size, String sort, String dir) {
        return page(page, size, sort, dir, null);
    }

    /** A page by number, or after a cursor a previous page gave ({@code next}); a bad cursor is refused (422). */
    static PageRequest page(int page, int size, String sort, String dir, String after) {
        if (!"asc".equals(dir) && !"desc".equals(dir)) {
            throw new RuleViolationException("page.direction", "dir");
        }
        return new PageRequest(page, size, sort, "asc".equals(dir), Cursor.decode(after));
    }

    /** A day as yyyy-mm-dd, or null when left out; anything else is a bad parameter (400). */
    static LocalDate day(String text, String name) {
        return DayParameter.parse(text, name);
    }
}
