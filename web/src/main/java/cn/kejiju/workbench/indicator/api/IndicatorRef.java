package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record referred to from an indicator response, by id and name. */
@Schema(name = "IndicatorModuleRef")
public record IndicatorRef(long id, String name) {

    static IndicatorRef of(Jurisdiction jurisdiction) {
        return new IndicatorRef(jurisdiction.getId(), jurisdiction.getName());
    }

    static IndicatorRef of(Enterprise enterprise) {
        return new IndicatorRef(enterprise.getId(), enterprise.getName());
    }
}
