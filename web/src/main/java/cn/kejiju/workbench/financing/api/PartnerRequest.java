package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.GuarantorCategory;
import cn.kejiju.workbench.financing.Partner;
import cn.kejiju.workbench.financing.PartnerDraft;
import cn.kejiju.workbench.financing.PartnerKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A partner as an integrator sends it. {@code version} is required when updating; the kind never changes. */
@Schema(name = "FinancingPartnerRequest")
public class PartnerRequest {

    @Schema(required = true)
    @NotNull
    public PartnerKind kind;

    @Schema(required = true, example = "长春市中小企业融资担保有限公司")
    @NotBlank
    @Size(max = Partner.NAME_MAX)
    public String name;

    @Schema(description = "Guarantee companies only: STANDARD (10×) or SMALL_MICRO (15×, mainly serving small and micro firms)")
    public GuarantorCategory category;

    @Schema(description = "Guarantee companies only: net assets in yuan, a decimal with at most two places",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "1200000000.00")
    public BigDecimal netAssets;

    @Schema(description = "Guarantee companies only: the day the net assets were reported")
    public LocalDate netAssetsOn;

    @Size(max = Partner.CONTACT_MAX)
    public String contact;

    @Schema(description = "The version read; required for updates")
    public Long version;

    PartnerDraft toDraft() {
        return new PartnerDraft(kind, name, category, netAssets, netAssetsOn, contact);
    }
}
