package cn.kejiju.workbench.commissioner;

/** Professional title grade (职称): 正高, 副高, 中级, 初级, or none. */
public enum ProfessionalTitle {
    SENIOR,
    ASSOCIATE_SENIOR,
    INTERMEDIATE,
    JUNIOR,
    NONE
}
