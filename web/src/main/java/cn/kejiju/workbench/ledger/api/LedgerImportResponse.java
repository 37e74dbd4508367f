package cn.kejiju.workbench.ledger.api;

import cn.kejiju.workbench.ledger.LedgerImport;
import cn.kejiju.workbench.ledger.LedgerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One import of a ledger file: the file, the counts and the ids of the records it created ({@code recordIds}, in
 * file order).
 */
@Schema(name = "LedgerImport")
public record LedgerImportResponse(
        long id,
        LedgerKind kind,
        String fileName,
        long size,
        @Schema(description = "SHA-256 of the file, hex") String sha256,
        @Schema(description = "12-digit code of the county imported into; null when a city user imported") String countyCode,
        int total,
        int imported,
        int skipped,
        String importedBy,
        LocalDateTime importedAt,
        List<Long> recordIds) {

    public static LedgerImportResponse of(LedgerImport i) {
        return new LedgerImportResponse(i.getId(), i.getKind(), i.file().name(), i.file().size(), i.file().sha256(),
                i.getCounty() == null ? null : i.getCounty().getCode(), i.getRowsTotal(), i.getRowsImported(),
                i.getRowsSkipped(), i.getImportedBy(), i.getImportedAt(), i.getRecordIds());
    }
}
