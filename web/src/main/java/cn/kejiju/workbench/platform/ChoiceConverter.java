package cn.kejiju.workbench.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.util.ResourceBundle;

/**
 * A {@link Choice} in a page is its id. The field names where choices come from with
 * {@code <f:attribute name="choices" value="#{carrierChoices}"/>} (a {@link ChoiceSource}); an id that is not a
 * number, or that the source does not give the caller, is refused on the field with the source's message. The
 * converter holds no injected fields (as a managed converter its injected fields stayed empty on Payara), so it
 * is the one converter of every search field: carriers, enterprises, commissioners.
 */
@FacesConverter("choice")
public class ChoiceConverter implements Converter<Choice> {

    /** The attribute of the field that names its {@link ChoiceSource}. */
    public static final String SOURCE = "choices";

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ChoiceSource source = source(component);
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refusal(context, source);
        }
        return source.choice(id).orElseThrow(() -> refusal(context, source));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : Long.toString(value.id());
    }

    ChoiceSource source(UIComponent component) {
        Object source = component.getAttributes().get(SOURCE);
        if (source instanceof ChoiceSource choices) {
            return choices;
        }
        throw new IllegalStateException("the field " + component.getClientId()
                + " names no ChoiceSource in its attribute \"" + SOURCE + "\"");
    }

    private ConverterException refusal(FacesContext context, ChoiceSource source) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text(context, source.unknownKey()),
                null));
    }

    /** The refusal's text in the view's language (the page bundle), the key itself without a view. */
    String text(FacesContext context, String key) {
        if (context == null) {
            return key;
        }
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, PageMessages.PAGE_BUNDLE);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
