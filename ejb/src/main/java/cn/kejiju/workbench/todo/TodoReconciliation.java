package cn.kejiju.workbench.todo;

/** What reconciling one feed did: items raised, brought up to date, and resolved. */
public record TodoReconciliation(String kindPrefix, int raised, int updated, int resolved) {
}
