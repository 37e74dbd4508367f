package cn.kejiju.workbench.project;

/** Which government runs a programme: 国家级, 省级, 市级, 县（区）级. */
public enum ProgrammeLevel {
    NATIONAL,
    PROVINCIAL,
    CITY,
    COUNTY
}
