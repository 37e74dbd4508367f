/**
 * Enterprise innovation indicators (企业创新指标): each enterprise's yearly figures (R&D spending, high-tech
 * products), its patents one record each (applied and granted counts are aggregated from them), and the
 * high-tech enterprise pipeline (高新技术企业: 培育库 → 申报 → 认定 / 未通过), whose recognition writes the
 * certificate held in the enterprise's master data, the one place the certificate lives.
 */
package cn.kejiju.workbench.indicator;
