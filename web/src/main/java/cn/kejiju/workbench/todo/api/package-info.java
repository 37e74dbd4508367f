/** The caller's open to-do items over the API ({@code GET /api/v1/todo}). */
package cn.kejiju.workbench.todo.api;
