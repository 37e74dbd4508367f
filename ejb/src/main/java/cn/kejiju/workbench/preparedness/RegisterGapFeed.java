package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The register's gaps on the county preparedness clerks' to-do list: a township without an assistant, a
 * village or community without a macro-observation reporter or a disaster rapid reporter, one item each until
 * someone is appointed. Two queries whatever the number of places; refreshed hourly and after every change of
 * the register ({@link RegisterTodos}).
 */
@ApplicationScoped
public class RegisterGapFeed implements TodoFeed {

    static final String PREFIX = "preparedness.register.";
    static final String RECORD = "RegisterPlace";

    @Inject
    RegisterRepository register;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        return register.gaps(null, null).stream()
                .map(gap -> TodoDraft.of(PREFIX + "gap." + gap.post().name(), RECORD, gap.place().getId())
                        .countyId(gap.township().getParent().getId())
                        .role(Roles.PREPAREDNESS_CLERK)
                        .message("todo." + PREFIX + "gap." + gap.post().name(), gap.township().getName(),
                                gap.place().getName())
                        .link("/preparedness/register-gaps.xhtml")
                        .build())
                .toList();
    }
}
