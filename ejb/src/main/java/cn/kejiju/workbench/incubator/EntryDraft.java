package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a clerk enters for an entry application: enterprise, carrier and what it asks for. */
public record EntryDraft(Long enterpriseId, Long carrierId, UnitKind unitKind, BigDecimal area,
                         String businessSummary, String technologyField, LocalDate foundedOn) {

    EntryDetails details() {
        return new EntryDetails(unitKind, area, businessSummary, technologyField, foundedOn);
    }
}
