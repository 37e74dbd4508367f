package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * An {@link EnterpriseChoice} in a page is its id; an id the caller may not see is refused on the field. (Like
 * the commissioner search field's converter; a shared abstract converter lost its injections in Mojarra's
 * managed-converter lookup, so each search field keeps its own.)
 */
@FacesConverter(value = "incubatorEnterpriseChoice", managed = true)
public class EnterpriseChoiceConverter implements Converter<EnterpriseChoice> {

    @Inject
    EnterpriseChoices choices;

    @Inject
    PageMessages messages;

    @Override
    public EnterpriseChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConverterException(refusal());
        }
        return choices.choice(id).orElseThrow(() -> new ConverterException(refusal()));
    }

    private FacesMessage refusal() {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("incubator.enterpriseChoice.unknown"), null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EnterpriseChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
