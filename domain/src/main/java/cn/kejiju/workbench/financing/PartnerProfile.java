package cn.kejiju.workbench.financing;


import java.math.BigDecimal;
import java.time.LocalDate;

/** What describes a partner; the last three fields only for a guarantee company. */
public record PartnerProfile(String name, GuarantorCategory category, BigDecimal netAssets, LocalDate netAssetsOn,
                             String contact) {
}
