package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.util.Arrays;

/** The columns an enterprise list may be sorted by; anything else is refused. */
public enum EnterpriseSort {
    NAME("name"),
    CREDIT_CODE("creditCode"),
    KIND("kind"),
    INDUSTRY("industry"),
    TOWNSHIP("township"),
    UPDATED_AT("updatedAt");

    private final String key;

    EnterpriseSort(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static EnterpriseSort fromKey(String key) {
        if (key == null || key.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst()
                .orElseThrow(() -> new RuleViolationException("page.sortUnknown", "sort", key));
    }
}
