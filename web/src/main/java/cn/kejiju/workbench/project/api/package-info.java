/** The project API under /api/v1/projects: programmes, calls, applications with their steps, documents and funds. */
package cn.kejiju.workbench.project.api;
