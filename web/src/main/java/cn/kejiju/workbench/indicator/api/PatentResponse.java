package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.Patent;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A patent of an enterprise. */
@Schema(name = "Patent")
public record PatentResponse(
        long id,
        long version,
        IndicatorRef enterprise,
        IndicatorRef county,
        String number,
        String title,
        PatentType type,
        LocalDate appliedOn,
        LocalDate grantedOn,
        PatentStatus status) {

    static PatentResponse of(Patent p) {
        return new PatentResponse(p.getId(), p.getVersion(), IndicatorRef.of(p.getEnterprise()),
                IndicatorRef.of(p.getCounty()), p.getNumber(), p.getTitle(), p.getType(), p.getAppliedOn(),
                p.grantedOn().orElse(null), p.getStatus());
    }
}
