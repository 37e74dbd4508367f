/**
 * SME financing guarantees (科技型中小企业融资服务平台): the partners of the bureau's financing platform
 * (guarantee companies with their net assets and capacity, banks, the platform itself), their cooperation
 * agreements with a quota (合作额度), financing applications from submission through due diligence and the
 * review committee (审保会) to a decision prepared by a clerk and taken by a leader (maker-checker), and the
 * guarantees, whose statutory limits are checked when they are approved. Applications belong to the county
 * of their enterprise; partners serve the whole city.
 */
package cn.kejiju.workbench.financing;
