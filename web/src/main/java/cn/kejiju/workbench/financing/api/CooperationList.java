package cn.kejiju.workbench.financing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Cooperation agreements (one page: the bureau has a few dozen). */
@Schema(name = "CooperationList")
public record CooperationList(List<CooperationResponse> items, long total) {
}
