package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A {@link CommissionerChoice} in a page is its id; an id the caller may not see is refused on the field. */
@FacesConverter(value = "commissionerChoice", managed = true)
public class CommissionerChoiceConverter implements Converter<CommissionerChoice> {

    @Inject
    CommissionerChoices choices;

    @Inject
    PageMessages messages;

    @Override
    public CommissionerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw unknown();
        }
        return choices.choice(id).orElseThrow(this::unknown);
    }

    private ConverterException unknown() {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.text("commissioner.choice.unknown"), null));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CommissionerChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
