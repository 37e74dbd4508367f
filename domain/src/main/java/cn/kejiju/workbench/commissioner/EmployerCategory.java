package cn.kejiju.workbench.commissioner;

/**
 * The sort of organisation a commissioner works for. Staff of Party and government organs
 * (党政机关) may be barred from being commissioners by the eligibility rule of the settings.
 */
public enum EmployerCategory {
    UNIVERSITY,
    INSTITUTE,
    ENTERPRISE,
    AGRICULTURAL_SERVICE,
    PARTY_GOVERNMENT_ORGAN,
    OTHER
}
