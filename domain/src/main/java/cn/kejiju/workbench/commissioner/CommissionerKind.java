package cn.kejiju.workbench.commissioner;

/** Individual commissioner, a team (特派团) with members, or a legal person (法人特派员). */
public enum CommissionerKind {
    INDIVIDUAL(""),
    TEAM(".team"),
    LEGAL_PERSON(".legalPerson");

    private final String wordingSuffix;

    CommissionerKind(String wordingSuffix) {
        this.wordingSuffix = wordingSuffix;
    }

    /**
     * The message key of a text about a commissioner of this kind: the key itself for an individual
     * ("科技特派员张三…"), the key with {@code .team} or {@code .legalPerson} appended for the others, whose
     * names read as subjects of their own ("团队科技特派员“省茶产业科技特派团”…").
     */
    public String worded(String messageKey) {
        return messageKey + wordingSuffix;
    }
}
