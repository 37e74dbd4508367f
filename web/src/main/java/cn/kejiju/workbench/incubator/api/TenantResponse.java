package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.GraduationCriterion;
import cn.kejiju.workbench.incubator.GraduationReason;
import cn.kejiju.workbench.incubator.Incubatee;
import cn.kejiju.workbench.incubator.ListingKind;
import cn.kejiju.workbench.incubator.TenantStanding;
import cn.kejiju.workbench.incubator.YearFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** An incubatee (在孵企业) with its yearly figures and the graduation criteria it meets. */
@Schema(name = "Tenant", description = "An enterprise's incubation at a carrier: yearly figures, merger or listing, "
        + "and graduation. reasons: the criteria met today (running) or recorded with the graduation (graduated)")
public record TenantResponse(
        @Schema(description = "The incubatee's id") long id,
        @Schema(description = "Version to send with listing and graduation") long version,
        IncubatorRef county,
        IncubatorRef carrier,
        IncubatorRef enterprise,
        LocalDate enteredOn,
        LocalDate exitedOn,
        ExitReason exitReason,
        ListingKind listingKind,
        LocalDate listingOn,
        @Schema(description = "Whether any graduation criterion is met (running) or was met (graduated)") boolean eligible,
        List<Reason> reasons,
        @Schema(description = "The leader who decided the graduation") String graduatedBy,
        List<Year> figures) {

    /** A criterion met, in words in the caller's language. */
    @Schema(name = "GraduationReason")
    public record Reason(GraduationCriterion criterion, String text) {
    }

    /** One year's figures; money in 万元. */
    @Schema(name = "TenantYearFigures")
    public record Year(int year, @Schema(description = "Version to send when revising") long version,
                       @Schema(description = "万元") BigDecimal revenue,
                       @Schema(description = "Investment received, 万元") BigDecimal investment,
                       int employees, int patentsApplied, int patentsGranted) {

        static Year of(YearFigures f) {
            return new Year(f.getYear(), f.getVersion(), f.getRevenue(), f.getInvestment(), f.getEmployees(),
                    f.getPatentsApplied(), f.getPatentsGranted());
        }
    }

    static TenantResponse of(TenantStanding s, Function<GraduationReason, String> texts) {
        Incubatee i = s.incubatee();
        return new TenantResponse(i.getId(), i.getVersion(), IncubatorRef.of(i.getCounty()),
                new IncubatorRef(i.getCarrier().getId(), i.getCarrier().getName()),
                new IncubatorRef(i.getEnterprise().getId(), i.getEnterprise().getName()), i.getEnteredOn(),
                i.exitedOn().orElse(null), i.exitReason().orElse(null), i.listingKind().orElse(null),
                i.listingOn().orElse(null), s.eligible(),
                s.reasons().stream().map(r -> new Reason(r.criterion(), texts.apply(r))).toList(),
                i.graduatedBy().orElse(null), s.figures().stream().map(Year::of).toList());
    }
}
