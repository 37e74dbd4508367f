package cn.kejiju.workbench.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.util.Optional;

/**
 * A record offered in a search field (an autocomplete's choice) is its id in the page; an id that is no
 * number or names a record the caller may not see is refused on the field with the subclass's message.
 *
 * @param <T> the choice, e.g. a commissioner's id and name
 */
public abstract class ChoiceConverter<T> implements Converter<T> {

    /** The choice of an id, if the caller may see the record. */
    protected abstract Optional<T> choice(long id);

    protected abstract long idOf(T choice);

    /** The key (web bundle {@code messages}) of the refusal of an unknown id. */
    protected abstract String unknownKey();

    /** The page messages the refusal's text comes from (injected in the subclass). */
    protected abstract PageMessages messages();

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw unknown();
        }
        return choice(id).orElseThrow(this::unknown);
    }

    private ConverterException unknown() {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, messages().text(unknownKey()), null));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : Long.toString(idOf(value));
    }
}
