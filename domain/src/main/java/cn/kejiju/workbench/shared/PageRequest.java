package cn.kejiju.workbench.shared;

/**
 * One page of a list: zero-based page number, page size (capped), and an optional sort key with
 * direction. The sort key is a name the repository maps to a column; unknown keys are refused there.
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new RuleViolationException("page.negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolationException("page.size", "size", MAX_SIZE);
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
