package cn.kejiju.workbench.commissioner;

/** Evidence attached to a service log: a photo, or a confirmation stamped by the target (盖章确认). */
public enum EvidenceKind {
    PHOTO,
    CONFIRMATION
}
