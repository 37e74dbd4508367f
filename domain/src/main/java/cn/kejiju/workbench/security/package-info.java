/**
 * Who may do what: user accounts with roles and a jurisdiction, the password and lockout policy,
 * integrator tokens. Roles follow the separation of duties of MLPS 2.0 level 3 (三权分立): the system
 * administrator, the security administrator and the auditor cannot stand in for one another.
 */
package cn.kejiju.workbench.security;
