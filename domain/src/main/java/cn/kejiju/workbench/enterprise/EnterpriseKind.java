package cn.kejiju.workbench.enterprise;

/** What sort of organisation a record is. */
public enum EnterpriseKind {
    ENTERPRISE,
    INSTITUTION,
    COOPERATIVE,
    UNIVERSITY,
    INSTITUTE
}
