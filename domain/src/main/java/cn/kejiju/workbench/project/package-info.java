/**
 * S&T plan projects (科技计划项目): the catalogue of programmes by level (national, provincial, city, county) and
 * kind (创新基金, 重点研发, 星火, 火炬 … a configurable list), each year's call (指南) with its dates, budget and cap
 * per project, and the applications the bureau helps enterprises and units make to higher levels (向上申报): one
 * applicant or a consortium with a lead, the budget, the bureau's help, the documents, the path from preparation
 * through the county's recommendation (a leader's decision, maker-checker) to 立项, contract, mid-term check,
 * acceptance and 结题, and the funds granted with each tranche received. An application belongs to the county of
 * its lead applicant.
 */
package cn.kejiju.workbench.project;
