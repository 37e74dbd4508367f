package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YearlyFiguresTest {

    private final Fixtures f = new Fixtures();

    private static YearlyFigures.Figures figures(String spending) {
        return new YearlyFigures.Figures(new BigDecimal(spending), 2, "智能电表、光伏逆变器");
    }

    @Test
    void spendingIsExactToTheFen() {
        YearlyFigures year = new YearlyFigures(f.company, 2025, figures("1234567.8"), CLOCK);
        assertEquals(new BigDecimal("1234567.80"), year.getRdSpending());
        assertEquals("financing.amount.fen", assertThrows(RuleViolationException.class,
                () -> new YearlyFigures(f.company, 2025, figures("1.234"), CLOCK)).messageKey());
    }

    @Test
    void theYearLiesBetweenTheFirstAndThisOne() {
        assertEquals("indicator.figures.year", assertThrows(RuleViolationException.class,
                () -> new YearlyFigures(f.company, 2027, figures("1"), CLOCK)).messageKey());
        assertEquals("indicator.figures.year", assertThrows(RuleViolationException.class,
                () -> new YearlyFigures(f.company, 1999, figures("1"), CLOCK)).messageKey());
    }

    @Test
    void oneRecordPerEnterpriseAndYear() {
        YearlyFigures.requireFirstOfYear(Optional.empty(), 2025);
        YearlyFigures recorded = new YearlyFigures(f.company, 2025, figures("1"), CLOCK);
        assertEquals("indicator.figures.yearTaken", assertThrows(ConflictException.class,
                () -> YearlyFigures.requireFirstOfYear(Optional.of(recorded), 2025)).messageKey());
    }
}
