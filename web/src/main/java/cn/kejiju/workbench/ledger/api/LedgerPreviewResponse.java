package cn.kejiju.workbench.ledger.api;

import cn.kejiju.workbench.ledger.LedgerFile;
import cn.kejiju.workbench.ledger.LedgerKind;
import cn.kejiju.workbench.ledger.LedgerPreview;
import cn.kejiju.workbench.ledger.LedgerVocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A ledger file checked row by row, nothing stored: the answer of an import with {@code dryRun=true}; {@code columns}
 * are the columns found, in template order.
 */
@Schema(name = "LedgerPreview")
public record LedgerPreviewResponse(
        LedgerKind kind,
        String fileName,
        long size,
        @Schema(description = "SHA-256 of the file, hex") String sha256,
        @Schema(description = "Data rows in the file") int total,
        int valid,
        int invalid,
        List<Column> columns,
        List<Row> rows) {

    /** A column the file has: its key (the field) and its header. */
    @Schema(name = "LedgerColumn")
    public record Column(String key, String header) {
    }

    /** A data row: its Excel row number, its values by column key (ID numbers and phones masked), its errors. */
    @Schema(name = "LedgerPreviewRow")
    public record Row(int row, boolean valid, Map<String, String> values, List<Error> errors) {
    }

    /** What stands in the way of importing a row, in words; {@code column} is null when it concerns the row. */
    @Schema(name = "LedgerRowError")
    public record Error(String column, String message) {
    }

    public static LedgerPreviewResponse of(LedgerPreview preview, LedgerFile file, LedgerVocabulary vocabulary,
                                           Locale locale) {
        LedgerKind kind = preview.kind();
        List<Column> columns = preview.presentColumns().stream()
                .map(key -> new Column(key, vocabulary.header(kind, key, locale))).toList();
        List<Row> rows = preview.rows().stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : preview.presentColumns()) {
                values.put(key, vocabulary.shown(kind, key, row.values().get(key), locale));
            }
            List<Error> errors = row.errors().stream()
                    .map(error -> new Error(error.column(), vocabulary.message(kind, error, locale))).toList();
            return new Row(row.number(), row.isValid(), values, errors);
        }).toList();
        return new LedgerPreviewResponse(kind, file.name(), file.size(), file.sha256(), preview.total(),
                preview.valid(), preview.invalid(), columns, rows);
    }
}
