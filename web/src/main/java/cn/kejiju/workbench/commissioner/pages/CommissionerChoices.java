package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerService;
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
 * The commissioners a search field offers as the user types: the first {@value ChoiceSource#SUGGESTIONS} of the
 * caller's county (of every county for city users) whose name, employer or specialty contains the text,
 * by name. A page with thousands of commissioners renders none of them until asked (a menu rendered
 * them all, and stopped at 200).
 */
@ApplicationScoped
@Named
public class CommissionerChoices implements ChoiceSource {

    @Inject
    CommissionerService commissioners;

    /** Suggestions for what was typed. */
    public List<Choice> complete(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return commissioners.list(new CommissionerFilter(typed, null, null, null, null, null),
                        new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(c -> new Choice(c.getId(), c.getName())).toList();
    }

    /** The commissioner of an id, if the caller may see it. */
    @Override
    public Optional<Choice> choice(long id) {
        try {
            Commissioner commissioner = commissioners.get(id);
            return Optional.of(new Choice(commissioner.getId(), commissioner.getName()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String unknownKey() {
        return "commissioner.choice.unknown";
    }
}
