package cn.kejiju.workbench.audit.api;

import cn.kejiju.workbench.audit.ChainVerification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of verifying the audit chain. */
@Schema(name = "ChainVerification")
public record ChainVerificationResponse(
        @Schema(description = "Every entry checked is intact, linked to the one before, and the last is the chain head") boolean valid,
        @Schema(description = "Entries found intact") long entriesChecked,
        @Schema(description = "The first sequence number where the chain fails; absent when valid") Long firstBrokenSeq,
        @Schema(description = "ALTERED: changed after it was written; MISSING: removed, or its link broken; absent when valid")
        ChainVerification.Problem problem,
        @Schema(description = "Sequence number of the last entry found intact") long lastSeq,
        @Schema(description = "Its hash: note it to compare at the next verification") String lastHash) {

    static ChainVerificationResponse of(ChainVerification result) {
        return new ChainVerificationResponse(result.valid(), result.entriesChecked(), result.firstBrokenSeq(),
                result.problem(), result.lastSeq(), result.lastHash());
    }
}
