package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.Collection;
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
     * A page of the open items addressed to one of the roles (null: any role) within the county scope
     * (null: every county and the city-level items; a county: that county's items only). Due items
     * first, soonest due first; then the newest.
     */
    Page<TodoItem> open(Collection<String> roles, Long countyScope, PageRequest request);

    long countOpen(Collection<String> roles, Long countyScope);

    TodoItem add(TodoItem item);
}
