package cn.kejiju.workbench.project;

/** What an entry of an application's story is: a step of its path, help the bureau gave, or a tranche received. */
public enum EventKind {
    STEP,
    HELP,
    TRANCHE
}
