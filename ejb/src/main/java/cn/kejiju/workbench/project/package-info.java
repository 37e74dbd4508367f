/**
 * S&T plan projects: the programme catalogue and its calls, applications to higher levels with their path,
 * documents and funds (services, JPA repositories), and the reminders on the to-do list.
 */
package cn.kejiju.workbench.project;
