package cn.kejiju.workbench.commissioner;

/** What a commissioner serves: a village (from jurisdictions), a cooperative or an enterprise (from master data). */
public enum TargetKind {
    VILLAGE,
    COOPERATIVE,
    ENTERPRISE
}
