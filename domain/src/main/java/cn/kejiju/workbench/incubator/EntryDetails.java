package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an entry application asks for and says about the enterprise: the kind and area of unit wanted,
 * the business summary, the technology field and the founding date.
 */
public record EntryDetails(UnitKind unitKind, BigDecimal area, String businessSummary, String technologyField,
                           LocalDate foundedOn) {
}
