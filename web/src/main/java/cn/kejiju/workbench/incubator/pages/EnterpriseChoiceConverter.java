package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.platform.PageMessages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * An {@link EnterpriseChoice} in a page is its id; an id the caller may not see is refused on the field. The
 * beans it needs are looked up when it converts: as a managed converter its injected fields stayed empty on
 * Payara (the page's save then failed with a NullPointerException).
 */
@FacesConverter("incubatorEnterpriseChoice")
public class EnterpriseChoiceConverter implements Converter<EnterpriseChoice> {

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
        return CDI.current().select(EnterpriseChoices.class).get().choice(id)
                .orElseThrow(() -> new ConverterException(refusal()));
    }

    private FacesMessage refusal() {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, CDI.current().select(PageMessages.class).get()
                .text("incubator.enterpriseChoice.unknown"), null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EnterpriseChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
