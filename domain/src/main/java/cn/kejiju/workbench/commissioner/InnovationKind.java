package cn.kejiju.workbench.commissioner;

/** What a named item introduced by a commissioner is: a crop or livestock variety (品种) or a technology (技术). */
public enum InnovationKind {
    VARIETY,
    TECHNOLOGY
}
