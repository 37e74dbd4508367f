package cn.kejiju.workbench.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A partner as a clerk or integrator enters it (and as the audit trail records it). */
public record PartnerDraft(PartnerKind kind, String name, GuarantorCategory category, BigDecimal netAssets,
                           LocalDate netAssetsOn, String contact) {

    static PartnerDraft of(Partner p) {
        return new PartnerDraft(p.getKind(), p.getName(), p.category().orElse(null), p.netAssets().orElse(null),
                p.netAssetsOn().orElse(null), p.contact().orElse(null));
    }

    PartnerProfile profile() {
        return new PartnerProfile(name, category, netAssets, netAssetsOn, contact);
    }
}
