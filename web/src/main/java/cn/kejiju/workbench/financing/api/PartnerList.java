package cn.kejiju.workbench.financing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every partner (a few dozen at most: one page). */
@Schema(name = "FinancingPartnerList")
public record PartnerList(List<PartnerResponse> items, long total) {
}
