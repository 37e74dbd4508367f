package cn.kejiju.workbench.ledger.api;

import cn.kejiju.workbench.ledger.LedgerFile;
import cn.kejiju.workbench.ledger.LedgerFileException;
import cn.kejiju.workbench.ledger.LedgerImport;
import cn.kejiju.workbench.ledger.LedgerKind;
import cn.kejiju.workbench.ledger.LedgerPreview;
import cn.kejiju.workbench.ledger.LedgerSheet;
import cn.kejiju.workbench.ledger.LedgerUploads;
import cn.kejiju.workbench.ledger.LedgerVocabulary;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.platform.UploadedFileNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * What the enterprise and commissioner import resources do alike: read the multipart {@code file} part (never
 * more than the limit), answer the preview or import, and serve the template.
 */
@ApplicationScoped
public class LedgerEndpoints {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LedgerUploads uploads;

    @Inject
    LedgerVocabulary vocabulary;

    @Inject
    ProblemFactory problems;

    /** Imports a sheet of a file: all rows or only the valid ones. */
    @FunctionalInterface
    public interface Importer {
        LedgerImport importSheet(LedgerSheet sheet, LedgerFile file, boolean validOnly);
    }

    /**
     * A ledger file's preview ({@code dryRun}, true unless false is given) or import (all rows, or with
     * {@code validOnly} only the valid ones); the yes-or-no parameters are read before the file.
     */
    public Response upload(LedgerKind kind, EntityPart part, String dryRunParameter, String validOnlyParameter,
                           HttpHeaders headers, Function<LedgerSheet, LedgerPreview> preview, Importer importer) {
        boolean dryRun = FlagParameter.parse(dryRunParameter, true, "dryRun");
        boolean validOnly = FlagParameter.parse(validOnlyParameter, false, "validOnly");
        if (part == null) {
            throw new LedgerFileException("ledger.noFile");
        }
        String fileName = part.getFileName().map(UploadedFileNames::utf8).orElse(null);
        LedgerUploads.Upload upload = uploads.read(kind, fileName, readUpTo(part, LedgerUploads.MAX_BYTES + 1L));
        if (dryRun) {
            return Response.ok(LedgerPreviewResponse.of(preview.apply(upload.sheet()), upload.file(), vocabulary,
                    problems.locale(headers))).build();
        }
        LedgerImport done = importer.importSheet(upload.sheet(), upload.file(), validOnly);
        return Response.status(Response.Status.CREATED).entity(LedgerImportResponse.of(done)).build();
    }

    public Response template(LedgerKind kind) {
        byte[] bytes = vocabulary.template(kind);
        return Response.ok(bytes, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(vocabulary.templateFileName(kind)))
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .build();
    }

    private static byte[] readUpTo(EntityPart part, long limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
