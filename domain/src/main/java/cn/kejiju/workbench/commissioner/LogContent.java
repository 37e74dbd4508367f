package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a service log says, with the named varieties and technologies resolved to the county's
 * {@link Innovation}s: day, kind, days spent, people trained, demonstration bases, income generated
 * (万元) and a summary.
 */
public record LogContent(LocalDate serviceDate, ServiceKind kind, BigDecimal days, int peopleTrained,
                         int demonstrationBases, BigDecimal income, String summary, List<Innovation> introduced) {

    public LogContent {
        introduced = introduced == null ? List.of() : List.copyOf(introduced);
    }
}
