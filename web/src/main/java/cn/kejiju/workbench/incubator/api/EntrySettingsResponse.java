package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.EntrySettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/**
 * The entry rule and the criteria set new entry reviews use. (No {@code @Schema} on the criteria set's code:
 * Payara's scanner takes an annotated method whose name contains "set" for a setter and fails.)
 */
@Schema(name = "EntrySettings", description = "The entry rule (maxAgeMonths: an enterprise applies at most this "
        + "many months after its founding) and the code of the criteria set new reviews are scored on")
public record EntrySettingsResponse(
        long version,
        @Schema(description = "An enterprise applies at most this many months after its founding") int maxAgeMonths,
        String criteriaSetCode,
        LocalDateTime updatedAt) {

    static EntrySettingsResponse of(EntrySettings s) {
        return new EntrySettingsResponse(s.getVersion(), s.getMaxAgeMonths(), s.getCriteriaSetCode(), s.getUpdatedAt());
    }
}
