/**
 * SME financing guarantees: the services of partners and agreements ({@link PartnerService}) and of
 * applications, decisions and guarantees ({@link ApplicationService}), their JPA repositories and the
 * leaders' to-do feed of decisions awaiting approval.
 */
package cn.kejiju.workbench.financing;
