package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages for the rest of the session: Chinese (the application's default locale)
 * until the clerk picks another in the header, whatever language the browser asks for.
 */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = FacesContext.getCurrentInstance().getApplication().getDefaultLocale();
        }
        return locale;
    }

    /** The language as an HTML {@code lang} value, e.g. {@code zh-CN}. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** The language alone ({@code zh}, {@code en}), to mark the active switch. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches to the supported locale of the given language ({@code zh} or {@code en}; others are
     * ignored) and shows the same page again, by a redirect that keeps the page's address parameters.
     */
    public String switchTo(String language) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Locale supported : supportedLocales(context.getApplication())) {
            if (supported.getLanguage().equals(language)) {
                locale = supported;
                context.getViewRoot().setLocale(supported);
                break;
            }
        }
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static List<Locale> supportedLocales(Application application) {
        List<Locale> locales = new ArrayList<>();
        if (application.getDefaultLocale() != null) {
            locales.add(application.getDefaultLocale());
        }
        for (Iterator<Locale> it = application.getSupportedLocales(); it.hasNext(); ) {
            locales.add(it.next());
        }
        return locales;
    }
}
