/** The project pages: programmes and calls, the application list, an application's story, the edit form. */
package cn.kejiju.workbench.project.pages;
