package cn.kejiju.workbench.financing;

/** What a prepared decision proposes. */
public enum Outcome {
    APPROVE,
    REJECT
}
