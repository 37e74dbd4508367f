package cn.kejiju.workbench.commissioner;

/** A person's gender, as the resident ID number also tells it. */
public enum Gender {
    MALE,
    FEMALE
}
