/**
 * The to-do list (待办): {@link cn.kejiju.workbench.todo.TodoService} raises and resolves items for the
 * modules (inside their transactions) and lists the caller's open items; {@link cn.kejiju.workbench.todo.TodoFeed}s
 * report what is due by date, and {@link cn.kejiju.workbench.todo.TodoRefresh} reconciles them at start-up and hourly.
 */
package cn.kejiju.workbench.todo;
