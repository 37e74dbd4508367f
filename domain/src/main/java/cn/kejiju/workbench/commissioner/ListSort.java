package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.util.Set;

/** Checks a sort key against the keys a list offers; the first is the default. */
public final class ListSort {

    private ListSort() {
    }

    public static String check(String key, Set<String> allowed, String fallback) {
        if (key == null || key.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(key)) {
            throw new RuleViolationException("page.sortUnknown", "sort", key);
        }
        return key;
    }
}
