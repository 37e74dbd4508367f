package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.ClerkInput;

/** Trimming and length rules for free text entered by clerks. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, int max) {
        return ClerkInput.required(value, field, max);
    }

    static String optional(String value, String field, int max) {
        return ClerkInput.optional(value, field, max);
    }
}
