/**
 * The to-do list (待办) on the web: the item texts, from the bundle {@code todo} (then {@code messages})
 * through {@link cn.kejiju.workbench.todo.TodoMessages}, shared by the pages ({@code todo.pages}: the
 * page {@code /todo.xhtml}, the count in the menu and the first five items on the home page) and the API
 * ({@code todo.api}: {@code GET /api/v1/todo}).
 */
package cn.kejiju.workbench.todo;
