package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.platform.ChoiceConverter;
import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import java.util.Optional;

/** An {@link EnterpriseChoice} in a page is its id; an id the caller may not see is refused on the field. */
@FacesConverter(value = "incubatorEnterpriseChoice", managed = true)
public class EnterpriseChoiceConverter extends ChoiceConverter<EnterpriseChoice> {

    @Inject
    EnterpriseChoices choices;

    @Inject
    PageMessages messages;

    @Override
    protected Optional<EnterpriseChoice> choice(long id) {
        return choices.choice(id);
    }

    @Override
    protected long idOf(EnterpriseChoice choice) {
        return choice.id();
    }

    @Override
    protected PageMessages messages() {
        return messages;
    }

    @Override
    protected String unknownKey() {
        return "incubator.enterpriseChoice.unknown";
    }
}
