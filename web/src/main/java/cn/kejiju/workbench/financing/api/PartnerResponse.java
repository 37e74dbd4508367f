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
        @Schema(description = "Net assets in yuan") String netAssets,
        LocalDate netAssetsOn,
        String contact,
        @Schema(description = "Guarantees in force (outstanding liability) in yuan") String inForce,
        @Schema(description = "Capacity multiple from the settings for the category") Integer multiple,
        @Schema(description = "Liability limit: multiple × net assets, yuan") String liabilityCap,
        @Schema(description = "Liability limit minus guarantees in force, yuan") String headroom,
        LocalDateTime updatedAt) {

    static PartnerResponse of(PartnerSummary s) {
        Partner p = s.partner();
        return new PartnerResponse(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.category().orElse(null),
                p.netAssets().map(Yuan::plain).orElse(null), p.netAssetsOn().orElse(null), p.contact().orElse(null),
                Yuan.plain(s.inForce()), s.multiple(), Yuan.plain(s.liabilityCap()), Yuan.plain(s.headroom()),
                p.getUpdatedAt());
    }
}
