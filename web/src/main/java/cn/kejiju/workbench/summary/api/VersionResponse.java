package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.summary.SummaryState;
import cn.kejiju.workbench.summary.SummaryVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** The saved versions of a summary. */
@Schema(name = "WorkSummaryVersions", description = "The versions of a summary, latest first, with the summary's "
        + "version for approval; approvedNumber once a leader approved one")
public record VersionResponse(int latestNumber, Integer approvedNumber, String approvedBy, LocalDateTime approvedAt,
                              @Schema(description = "The summary's version (send it with an approval)") Long version,
                              List<Item> versions) {

    public static VersionResponse of(SummaryState state) {
        Integer approved = state.summary() == null ? null : state.summary().getApprovedNumber();
        return new VersionResponse(state.latestNumber(), approved,
                state.summary() == null ? null : state.summary().getApprovedBy(),
                state.summary() == null ? null : state.summary().getApprovedAt(),
                state.summary() == null ? null : state.summary().getVersion(),
                state.versions().stream().map(v -> Item.of(v, approved)).toList());
    }

    @Schema(name = "WorkSummaryVersion")
    public record Item(int number, String preparedBy, LocalDateTime preparedAt, boolean approved) {

        static Item of(SummaryVersion v, Integer approved) {
            return new Item(v.getNumber(), v.getPreparedBy(), v.getPreparedAt(), Objects.equals(approved, v.getNumber()));
        }
    }
}
