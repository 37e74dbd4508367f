package cn.kejiju.workbench.shared;

/**
 * One page of a list: zero-based page number, page size (capped), an optional sort key with
 * direction, and optionally the cursor of the page to continue after ({@code after}, from the previous
 * page's {@link Page#next()}): with a cursor the page number is ignored and the list continues right
 * after the row the cursor names, as fast as its first page however deep. The sort key is a name the
 * repository maps to a column; unknown keys are refused there.
 */
public record PageRequest(int page, int size, String sort, boolean ascending, Cursor after) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new RuleViolationException("page.negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolationException("page.size", "size", MAX_SIZE);
        }
    }

    public PageRequest(int page, int size, String sort, boolean ascending) {
        this(page, size, sort, ascending, null);
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    /** Rows to skip: none when continuing after a cursor. */
    public int offset() {
        return after != null ? 0 : Math.multiplyExact(page, size);
    }
}
