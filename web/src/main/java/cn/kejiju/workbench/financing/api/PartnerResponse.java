package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.GuarantorCategory;
import cn.kejiju.workbench.financing.Partner;
import cn.kejiju.workbench.financing.PartnerKind;
import cn.kejiju.workbench.financing.PartnerSummary;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A partner; for a guarantee company with its guarantees in force and its liability limit. Money as decimal strings. */
@Schema(name = "FinancingPartner")
public record PartnerResponse(
        long id,
        long version,
        PartnerKind kind,
        String name,
        GuarantorCategory category,
        String netAssets,
        LocalDate netAssetsOn,
        String contact,
        String inForce,
        Integer multiple,
        String liabilityCap,
        String headroom,
        LocalDateTime updatedAt) {

    static PartnerResponse of(PartnerSummary s) {
        Partner p = s.partner();
        return new PartnerResponse(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.category().orElse(null),
                p.netAssets().map(Yuan::plain).orElse(null), p.netAssetsOn().orElse(null), p.contact().orElse(null),
                Yuan.plain(s.inForce()), s.multiple(), Yuan.plain(s.liabilityCap()), Yuan.plain(s.headroom()),
                p.getUpdatedAt());
    }
}
