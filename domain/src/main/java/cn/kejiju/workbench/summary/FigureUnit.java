package cn.kejiju.workbench.summary;

/**
 * What a figure counts, and the measure word summaries write after the number. Amounts ({@link #YUAN})
 * are held in yuan and written in 万元 or 亿元 ({@link Wording#amount}).
 */
public enum FigureUnit {
    PERSON("名"),
    PERSON_TIMES("人次"),
    ENTERPRISE("家"),
    ITEM("个"),
    PROJECT("项"),
    EVENT("场"),
    TIMES("次"),
    CASE("笔"),
    COPIES("份"),
    PIECE("件"),
    SQUARE_METRE("平方米"),
    DAY("天"),
    YUAN("元");

    private final String measure;

    FigureUnit(String measure) {
        this.measure = measure;
    }

    public String measure() {
        return measure;
    }

    public boolean isMoney() {
        return this == YUAN;
    }
}
