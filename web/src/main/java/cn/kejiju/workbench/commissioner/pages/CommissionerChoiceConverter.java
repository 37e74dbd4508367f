package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.platform.ChoiceConverter;
import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import java.util.Optional;

/** A {@link CommissionerChoice} in a page is its id; an id the caller may not see is refused on the field. */
@FacesConverter(value = "commissionerChoice", managed = true)
public class CommissionerChoiceConverter extends ChoiceConverter<CommissionerChoice> {

    @Inject
    CommissionerChoices choices;

    @Inject
    PageMessages messages;

    @Override
    protected Optional<CommissionerChoice> choice(long id) {
        return choices.choice(id);
    }

    @Override
    protected long idOf(CommissionerChoice choice) {
        return choice.id();
    }

    @Override
    protected PageMessages messages() {
        return messages;
    }

    @Override
    protected String unknownKey() {
        return "commissioner.choice.unknown";
    }
}
