package cn.kejiju.workbench.preparedness.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;

/** Confirmations of the preparedness pages, from their own bundle ({@code prepMsg}). */
final class Texts {

    private Texts() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "prepMsg").getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** A confirmation for the whole page, shown in this response or, with {@code flash}, after the redirect. */
    static void info(boolean flash, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (flash) {
            context.getExternalContext().getFlash().setKeepMessages(true);
        }
        String text = text(key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
