package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The enterprises a search field of the incubator (and project) pages offers as the user types: the first
 * {@value #SUGGESTIONS} enterprises of a county (the carrier's) whose name or credit code contains the text,
 * by name. A county with thousands of enterprises renders none of them until asked.
 */
@ApplicationScoped
public class EnterpriseChoices {

    static final int SUGGESTIONS = 20;

    @Inject
    EnterpriseService enterprises;

    /** Suggestions for what was typed, among the enterprises of the county (every visible one for null). */
    public List<EnterpriseChoice> complete(String text, Long countyId) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return enterprises.list(new EnterpriseFilter(typed, EnterpriseKind.ENTERPRISE, null, countyId, null, null),
                        new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(EnterpriseChoice::of).toList();
    }

    /**
     * Suggestions among the enterprises and units of every kind (institutions, universities, institutes,
     * cooperatives too) of the county (every visible one for null): applicants of S&T projects.
     */
    public List<EnterpriseChoice> completeAnyKind(String text, Long countyId) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return enterprises.list(new EnterpriseFilter(typed, null, null, countyId, null, null),
                        new PageRequest(0, SUGGESTIONS, "name", true))
                .items().stream().map(EnterpriseChoice::of).toList();
    }

    /** The enterprise of an id, if the caller may see it. */
    public Optional<EnterpriseChoice> choice(long id) {
        try {
            return Optional.of(EnterpriseChoice.of(enterprises.get(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
