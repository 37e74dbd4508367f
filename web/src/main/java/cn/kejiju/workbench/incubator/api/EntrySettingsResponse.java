package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntrySettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** The entry rule and the criteria set new entry reviews use. */
@Schema(name = "EntrySettings")
public record EntrySettingsResponse(
        long version,
        @Schema(description = "An enterprise applies at most this many months after its founding") int maxAgeMonths,
        @Schema(description = "The code of the criteria set of new reviews") String criteriaSetCode,
        LocalDateTime updatedAt) {

    static EntrySettingsResponse of(EntrySettings s) {
        return new EntrySettingsResponse(s.getVersion(), s.getMaxAgeMonths(), s.getCriteriaSetCode(), s.getUpdatedAt());
    }
}
