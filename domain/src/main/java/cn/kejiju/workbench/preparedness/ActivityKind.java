package cn.kejiju.workbench.preparedness;

/** What a volunteer attended: a training (培训) or a drill (演练). */
public enum ActivityKind {
    TRAINING,
    DRILL
}
