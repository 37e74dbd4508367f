package cn.kejiju.workbench.commissioner;

/** Individual commissioner, a team (特派团) with members, or a legal person (法人特派员). */
public enum CommissionerKind {
    INDIVIDUAL,
    TEAM,
    LEGAL_PERSON
}
