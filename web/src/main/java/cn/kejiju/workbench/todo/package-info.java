/**
 * The to-do list (待办) on the web: the page {@code /todo.xhtml}, the count in the menu and the five
 * first items on the home page, and {@code GET /api/v1/todo}. Item texts come from the bundle
 * {@code todo} (then {@code messages}) through {@link cn.kejiju.workbench.todo.TodoMessages}.
 */
package cn.kejiju.workbench.todo;
