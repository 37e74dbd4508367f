package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierFilter;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.ChoiceSource;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The carriers the letting and entry application forms offer as the user types: the first
 * {@value ChoiceSource#SUGGESTIONS} carriers the caller sees (the county's; every county's for city users, the
 * county named after the carrier) whose name or operator contains the text or whose name's pinyin initials match
 * it, by name. A menu rendered the first 200 carriers and stopped there.
 */
@Named
@ApplicationScoped
public class CarrierChoices implements ChoiceSource {

    @Inject
    CarrierService carriers;

    /** Suggestions for what was typed. */
    public List<Choice> complete(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return carriers.list(new CarrierFilter(null, null, null, typed), new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(summary -> of(summary.carrier())).toList();
    }

    /** The carrier of an id, if the caller may see it. */
    @Override
    public Optional<Choice> choice(long id) {
        try {
            return Optional.of(of(carriers.get(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String unknownKey() {
        return "incubator.carrierChoice.unknown";
    }

    /** A carrier as a choice: its name with its county's, and the county. */
    public static Choice of(Carrier carrier) {
        return new Choice(carrier.getId(), carrier.getName() + "（" + carrier.getCounty().getName() + "）",
                carrier.getCounty().getId());
    }
}
