package cn.kejiju.workbench.incubator;

/** The level at which a carrier is recognised (认定), or none. */
public enum RecognitionLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    NONE
}
