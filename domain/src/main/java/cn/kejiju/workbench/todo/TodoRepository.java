package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Where to-do items are kept. */
public interface TodoRepository {

    /** The open item of a kind about a record, if there is one. */
    Optional<TodoItem> findOpen(String kind, String recordType, String recordId);

    /** Every open item about a record, whatever its kind. */
    List<TodoItem> openAbout(String recordType, String recordId);

    /** Every open item whose kind starts with the prefix, in one query. */
    List<TodoItem> openWithKindPrefix(String kindPrefix);

    /**
     * A page of the open items of an audience: addressed to one of its roles (null: any role) within its county
     * scope (null: every county and the city-level items; a county: that county's items only), and, of the items
     * addressed to one user, only its user's. Due items first, soonest due first; then the newest.
     */
    Page<TodoItem> open(TodoAudience audience, PageRequest request);

    long countOpen(TodoAudience audience);

    TodoItem add(TodoItem item);
}
