package cn.kejiju.workbench.summary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The default sentence templates that come with the code rather than with a migration: at startup, each one whose
 * section and key are not stored yet is stored (an administrator's rewrite of a stored one is left alone, and a
 * start with every default stored costs one query). Ids from {@value #FIRST_ID} on, clear of the migrations' ids.
 * Defaults: the projects section's county plan sentence (区/县级科技计划).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class SummaryTemplateDefaults {

    static final long FIRST_ID = 1000;
    private static final Logger LOG = Logger.getLogger(SummaryTemplateDefaults.class.getName());

    /** Id, section, key, position, text. */
    record Default(long id, String section, String key, int position, String text) {
    }

    static final List<Default> DEFAULTS = List.of(
            new Default(FIRST_ID + 51, "project", "plan", 7,
                    "{period}分批次实施县级科技计划项目，立项{planApprovals}、资助资金{planFunds}，拨付资金{planPaid}。"));

    @Inject
    SummaryRepository repository;

    @Inject
    @Any
    Instance<SummarySection> sections;

    @PostConstruct
    void store() {
        Set<String> stored = new HashSet<>();
        repository.templates().forEach(t -> stored.add(t.getSection() + "." + t.getKey()));
        Map<String, Set<String>> figureKeys = new HashMap<>();
        sections.forEach(section -> figureKeys.put(section.key(), section.figureKeys()));
        int added = 0;
        for (Default d : DEFAULTS) {
            if (!stored.contains(d.section() + "." + d.key())) {
                repository.addTemplate(SummaryTemplate.byDefault(d.id(), d.section(), d.key(), d.position(), d.text(),
                        figureKeys.getOrDefault(d.section(), Set.of())));
                added++;
            }
        }
        if (added > 0) {
            int count = added;
            LOG.info(() -> "Default summary templates stored: " + count);
        }
    }
}
