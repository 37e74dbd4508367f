package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry application as the audit trail records it. */
public record EntryAudit(long carrierId, long enterpriseId, UnitKind unitKind, BigDecimal area, String technologyField,
                  LocalDate foundedOn, EntryStatus status) {

    public static EntryAudit of(EntryApplication a) {
        return new EntryAudit(a.getCarrier().getId(), a.getEnterprise().getId(), a.getUnitKind(), a.getArea(),
                a.getTechnologyField(), a.getFoundedOn(), a.getStatus());
    }
}
