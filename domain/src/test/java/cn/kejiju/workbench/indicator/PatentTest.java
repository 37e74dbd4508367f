package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PatentTest {

    private final Fixtures f = new Fixtures();
    private static final LocalDate APPLIED = LocalDate.of(2025, 3, 1);

    private static PatentDetails details(PatentStatus status, LocalDate granted) {
        return new PatentDetails("CN202510123456.7", "一种光伏组件清洗装置", PatentType.UTILITY_MODEL, APPLIED, granted, status);
    }

    @Test
    void aGrantedPatentCarriesItsGrantDateAndAPendingOneNone() {
        Patent granted = new Patent(f.company, details(PatentStatus.GRANTED, LocalDate.of(2025, 11, 2)), CLOCK);
        assertEquals(f.county, granted.getCounty());
        assertEquals("indicator.patent.grantDateRequired", assertThrows(RuleViolationException.class,
                () -> new Patent(f.company, details(PatentStatus.GRANTED, null), CLOCK)).messageKey());
        assertEquals("indicator.patent.notGranted", assertThrows(RuleViolationException.class,
                () -> new Patent(f.company, details(PatentStatus.PENDING, LocalDate.of(2025, 11, 2)), CLOCK)).messageKey());
        assertEquals("indicator.patent.grantDate", assertThrows(RuleViolationException.class,
                () -> new Patent(f.company, details(PatentStatus.GRANTED, APPLIED.minusDays(1)), CLOCK)).messageKey());
    }

    @Test
    void countsPerTypeSumTheYears() {
        PatentCounts counts = PatentCounts.of(List.of(
                new PatentYearCount(2025, PatentType.INVENTION, 2, 0),
                new PatentYearCount(2026, PatentType.INVENTION, 1, 2),
                new PatentYearCount(2026, PatentType.DESIGN, 3, 1)));
        assertEquals(3, counts.applied(PatentType.INVENTION));
        assertEquals(2, counts.granted(PatentType.INVENTION));
        assertEquals(0, counts.applied(PatentType.UTILITY_MODEL));
        assertEquals(1, counts.granted(PatentType.DESIGN));
    }
}
