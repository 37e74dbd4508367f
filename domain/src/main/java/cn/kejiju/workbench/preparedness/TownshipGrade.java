package cn.kejiju.workbench.preparedness;

/** The grade of a township's year (乡镇考核等次): 优秀, 达标, 不达标, by the scheme's bands. */
public enum TownshipGrade {
    EXCELLENT,
    PASS,
    FAIL
}
