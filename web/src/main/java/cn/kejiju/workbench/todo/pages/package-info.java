/** The to-do list page ({@code /todo.xhtml}), the count in the menu and the first five items on the home page. */
package cn.kejiju.workbench.todo.pages;
