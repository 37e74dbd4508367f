/**
 * The web shell: the JAX-RS application and its problem-details error mapping, health, the page
 * layout's beans (home, language switch) and message resolution shared by pages and API.
 */
package cn.kejiju.workbench.platform;
