package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.LimitCheck;
import cn.kejiju.workbench.financing.LimitKind;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One limit against an application's proposed guarantee, as it stands. Money as decimal strings (yuan). */
@Schema(name = "GuaranteeLimit")
public record LimitResponse(LimitKind kind, String cap, String used, String requested, String headroom,
                            String shortfall, boolean passes) {

    static LimitResponse of(LimitCheck c) {
        return new LimitResponse(c.kind(), Yuan.plain(c.cap()), Yuan.plain(c.used()), Yuan.plain(c.requested()),
                Yuan.plain(c.headroom()), Yuan.plain(c.shortfall()), c.passes());
    }

    /** The limits of an application. */
    @Schema(name = "GuaranteeLimits")
    public record Limits(List<LimitResponse> items) {
    }
}
