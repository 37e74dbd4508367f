package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.HighTechCertificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An enterprise's indicators as its page shows them: the yearly figures (latest first), patents applied and
 * granted per year and type, its high-tech case if it has one, and its certificate's state today.
 */
public record EnterpriseIndicators(Enterprise enterprise, List<YearlyFigures> figures, List<PatentYearCount> patents,
                                   Optional<HighTechCase> highTechCase, LocalDate today) {

    public PatentCounts patentCounts() {
        return PatentCounts.of(patents);
    }

    /** The certificate held in master data, if any. */
    public Optional<HighTechCertificate> certificate() {
        return enterprise.highTech();
    }

    /** The certificate's state today (valid, renewal due, expired), if there is one. */
    public Optional<HighTechValidity.State> certificateState() {
        return certificate().map(c -> HighTechValidity.on(c.validUntil(), today));
    }
}
