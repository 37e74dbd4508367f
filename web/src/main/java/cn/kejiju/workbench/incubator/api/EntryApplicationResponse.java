package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryStatus;
import cn.kejiju.workbench.incubator.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An entry application as the API shows it; its review is at {@code /entry-applications/{id}/review}. */
@Schema(name = "EntryApplication")
public record EntryApplicationResponse(
        long id,
        long version,
        IncubatorRef county,
        IncubatorRef carrier,
        IncubatorRef enterprise,
        UnitKind unitKind,
        @Schema(description = "m², exact to 0.01") BigDecimal area,
        String businessSummary,
        String technologyField,
        LocalDate foundedOn,
        @Schema(description = "The day of submission, the day the entry rule is checked against") LocalDate appliedOn,
        EntryStatus status,
        @Schema(description = "Set once reviewers were assigned") Long reviewId,
        String decisionReason,
        String decidedBy,
        LocalDate decidedOn,
        LocalDateTime updatedAt) {

    static EntryApplicationResponse of(EntryApplication a) {
        return new EntryApplicationResponse(a.getId(), a.getVersion(), IncubatorRef.of(a.getCounty()),
                new IncubatorRef(a.getCarrier().getId(), a.getCarrier().getName()),
                new IncubatorRef(a.getEnterprise().getId(), a.getEnterprise().getName()), a.getUnitKind(), a.getArea(),
                a.getBusinessSummary(), a.getTechnologyField(), a.getFoundedOn(), a.getAppliedOn(), a.getStatus(),
                a.getReviewId(), a.getDecisionReason(), a.getDecidedBy(), a.getDecidedOn(), a.getUpdatedAt());
    }
}
