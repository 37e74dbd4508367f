package cn.kejiju.workbench.enterprise.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
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
 * The enterprises a search field offers as the user types (the incubator's letting and entry forms, the financing
 * application form): the first {@value ChoiceSource#SUGGESTIONS} enterprises the caller sees, of one county when
 * the form is bound to one, whose name or credit code contains the text or whose name's pinyin initials match it,
 * by name. A county with thousands of enterprises renders none of them until asked.
 */
@Named
@ApplicationScoped
public class EnterpriseChoices implements ChoiceSource {

    @Inject
    EnterpriseService enterprises;

    /** Suggestions for what was typed, among the enterprises of the county (every visible one for null). */
    public List<Choice> complete(String text, Long countyId) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return enterprises.list(new EnterpriseFilter(typed, EnterpriseKind.ENTERPRISE, null, countyId, null, null),
                        new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(EnterpriseChoices::of).toList();
    }

    /**
     * Suggestions among the enterprises and units of every kind (institutions, universities, institutes,
     * cooperatives too) of the county (every visible one for null): the applicants of S&T projects.
     */
    public List<Choice> completeAnyKind(String text, Long countyId) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return enterprises.list(new EnterpriseFilter(typed, null, null, countyId, null, null),
                        new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(EnterpriseChoices::of).toList();
    }

    /** The enterprise of an id, if the caller may see it. */
    @Override
    public Optional<Choice> choice(long id) {
        try {
            return Optional.of(of(enterprises.get(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String unknownKey() {
        return "enterprise.choice.unknown";
    }

    /** An enterprise as a choice, with its county. */
    public static Choice of(Enterprise enterprise) {
        return new Choice(enterprise.getId(), enterprise.getName(),
                enterprise.getCounty() == null ? null : enterprise.getCounty().getId());
    }
}
