package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the page beans say to the clerk: texts of the page bundle ({@code msg}) in the view's
 * language, messages on a field or on the whole page, messages that survive a redirect, and refused
 * business rules attached to the field they concern.
 */
@ApplicationScoped
public class PageMessages {

    /** The name under which faces-config.xml registers the page bundle. */
    static final String PAGE_BUNDLE = "msg";

    @Inject
    DomainMessages domainMessages;

    /** A text of the page bundle; with arguments, its placeholders filled by {@link MessageFormat}. */
    public String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, PAGE_BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A message for the whole page that is shown after the redirect that follows. */
    public void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = text(key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A confirmation for the whole page, shown in this (AJAX) response. */
    public void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** An error for the whole page. */
    public void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** An error of the page bundle's key on one input, marking it invalid. */
    public void errorOn(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            markInvalid(context, input);
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /**
     * Marks an input invalid after its value reached the model (a rule refused in the action). By then its
     * submitted value is cleared, and with empty strings submitted as null (web.xml) an invalid input without
     * one reports an empty submitted value, so it would be shown empty: the clerk would lose what he typed in
     * the very field to correct. The model's value, which is what he typed, becomes the submitted value again,
     * as text (through the input's converter, or the one for its type), so it is shown as typed. Inputs of
     * several values are left as they are.
     */
    private static void markInvalid(FacesContext context, UIInput input) {
        if (input.getSubmittedValue() == null) {
            Object value = input.getValue();
            if (value != null && !(value instanceof Collection) && !value.getClass().isArray()) {
                Converter<Object> converter = converter(context, input, value);
                input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
            }
        }
        input.setValid(false);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object> converter(FacesContext context, UIInput input, Object value) {
        if (input.getConverter() != null) {
            return (Converter<Object>) input.getConverter();
        }
        return value instanceof String ? null : (Converter<Object>) context.getApplication().createConverter(value.getClass());
    }

    /** The refused rule in the clerk's language. */
    public String describe(DomainException failure) {
        return domainMessages.resolve(failure, locale());
    }

    /**
     * Shows a refused rule next to the input with the given client id (marking it invalid), or for
     * the whole page when {@code clientId} is null or names no input on the page.
     */
    public void show(DomainException failure, String clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = describe(failure);
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        UIComponent component = clientId == null ? null : context.getViewRoot().findComponent(clientId);
        if (component instanceof UIInput input) {
            markInvalid(context, input);
            context.addMessage(clientId, message);
        } else {
            context.addMessage(null, message);
        }
        context.validationFailed();
    }

    /**
     * Shows the business rule behind a failed save next to the input of {@code form} named like the
     * rule's field, when the form has such an input ({@code fields}), otherwise for the whole page. A
     * failure that is no refused rule is not the clerk's to fix and is rethrown.
     */
    public void showRefusal(RuntimeException failure, String form, Set<String> fields) {
        DomainException refused = domainCause(failure).orElseThrow(() -> failure);
        String field = refused.field();
        show(refused, field != null && fields.contains(field) ? form + ":" + field : null);
    }

    /**
     * The refused rule behind a failure. Domain exceptions are application exceptions and reach the
     * caller as they are, but the container wraps what goes wrong around them (an
     * {@code EJBException}, a {@code TransactionRolledbackLocalException}), so the causes are searched.
     */
    public static Optional<DomainException> domainCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
