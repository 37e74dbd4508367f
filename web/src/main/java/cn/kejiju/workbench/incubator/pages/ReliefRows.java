package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.ReliefStep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rent relief steps a form offers: a few rows of (from month, to month, percent waived); a row left
 * empty is no step. New forms start with the usual schedule: the first year free, the second at half rent.
 */
public final class ReliefRows implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 4;

    private final List<Row> rows = new ArrayList<>();

    private ReliefRows() {
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row());
        }
    }

    static ReliefRows empty() {
        return new ReliefRows();
    }

    static ReliefRows usual() {
        ReliefRows usual = new ReliefRows();
        usual.rows.get(0).set(1, 12, new BigDecimal("100"));
        usual.rows.get(1).set(13, 24, new BigDecimal("50"));
        return usual;
    }

    List<ReliefStep> steps() {
        return rows.stream().filter(Row::filled)
                .map(r -> new ReliefStep(r.fromMonth == null ? 0 : r.fromMonth, r.toMonth == null ? 0 : r.toMonth,
                        r.percent))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One row of the relief table. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer fromMonth;
        private Integer toMonth;
        private BigDecimal percent;

        void set(int from, int to, BigDecimal share) {
            fromMonth = from;
            toMonth = to;
            percent = share;
        }

        boolean filled() {
            return fromMonth != null || toMonth != null || percent != null;
        }

        public Integer getFromMonth() {
            return fromMonth;
        }

        public void setFromMonth(Integer fromMonth) {
            this.fromMonth = fromMonth;
        }

        public Integer getToMonth() {
            return toMonth;
        }

        public void setToMonth(Integer toMonth) {
            this.toMonth = toMonth;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }
}
