package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.financing.Partner;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from a financing-module response, by id and name. */
@Schema(name = "FinancingModuleRef")
public record FinancingRef(long id, String name) {

    static FinancingRef of(Jurisdiction j) {
        return new FinancingRef(j.getId(), j.getName());
    }

    static FinancingRef of(Partner p) {
        return new FinancingRef(p.getId(), p.getName());
    }

    static FinancingRef of(Enterprise e) {
        return new FinancingRef(e.getId(), e.getName());
    }
}
