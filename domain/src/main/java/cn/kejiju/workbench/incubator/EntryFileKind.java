package cn.kejiju.workbench.incubator;

import java.util.Arrays;
import java.util.List;

/**
 * What a document attached to an entry application is (入孵申请材料). The business plan and the business licence
 * are required before submission: the national incubator rules ask for both, and a reviewer judges the plan; a
 * fixed list rather than a setting, because an application without them cannot be reviewed at all.
 */
public enum EntryFileKind {
    /** 商业计划书 */
    BUSINESS_PLAN(true),
    /** 营业执照 */
    BUSINESS_LICENCE(true),
    /** 其他材料 (patents, awards, the team's CVs, …) */
    OTHER(false);

    private final boolean required;

    EntryFileKind(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }

    /** The kinds an application must have before it is submitted, in this order. */
    public static List<EntryFileKind> required() {
        return Arrays.stream(values()).filter(EntryFileKind::isRequired).toList();
    }
}
