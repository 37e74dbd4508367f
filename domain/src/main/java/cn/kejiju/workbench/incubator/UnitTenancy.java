package cn.kejiju.workbench.incubator;

import java.time.LocalDate;

/** Who holds a unit for which days: one letting, with its agreement and the tenant's name. */
public record UnitTenancy(long unitId, long agreementId, String tenant, LocalDate startDate, LocalDate endDate) {
}
