package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.GraduationReason;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.PageMessages;

import java.util.function.Function;

/** Graduation reasons in words, in the page's language (the texts live in the domain bundle, shared with the API). */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static Function<GraduationReason, String> of(DomainMessages texts, PageMessages messages) {
        var locale = messages.locale();
        return reason -> texts.text(reason.messageKey(), reason.arguments().toArray(), locale);
    }
}
