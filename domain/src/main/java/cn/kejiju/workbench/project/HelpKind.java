package cn.kejiju.workbench.project;

/** How the bureau helped with an application: 材料准备 (preparing the materials), 推荐函 (a letter of recommendation), 政策辅导 (guidance). */
public enum HelpKind {
    MATERIALS,
    RECOMMENDATION_LETTER,
    GUIDANCE
}
