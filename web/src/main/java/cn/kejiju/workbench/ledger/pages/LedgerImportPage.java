package cn.kejiju.workbench.ledger.pages;

import cn.kejiju.workbench.commissioner.CommissionerLedgerService;
import cn.kejiju.workbench.enterprise.EnterpriseLedgerService;
import cn.kejiju.workbench.ledger.LedgerFile;
import cn.kejiju.workbench.ledger.LedgerImport;
import cn.kejiju.workbench.ledger.LedgerKind;
import cn.kejiju.workbench.ledger.LedgerPreview;
import cn.kejiju.workbench.ledger.LedgerSheet;
import cn.kejiju.workbench.ledger.LedgerUploads;
import cn.kejiju.workbench.ledger.LedgerVocabulary;
import cn.kejiju.workbench.ledger.api.LedgerPreviewResponse;
import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports a ledger from Excel ({@code enterprise/import.xhtml}, {@code commissioner/import.xhtml}): the clerk
 * uploads the file, reads every row with its errors in words (nothing stored yet), then imports all rows (only
 * when none has an error) or only the valid ones, and reads the counts with a link to the records.
 */
@Named
@ViewScoped
public class LedgerImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseLedgerService enterpriseLedger;

    @Inject
    CommissionerLedgerService commissionerLedger;

    @Inject
    LedgerUploads uploads;

    @Inject
    LedgerVocabulary vocabulary;

    @Inject
    PageMessages messages;

    private LedgerKind kind;
    private transient UploadedFile file;
    private transient LedgerSheet sheet;
    private transient LedgerFile ledgerFile;
    private transient LedgerPreviewResponse preview;
    private boolean onlyErrors;
    private String result;

    /** Which ledger the page imports, from the page itself. */
    public void open(String ledger) {
        kind = LedgerKind.valueOf(ledger);
    }

    /** Reads the uploaded file and checks every row; stores nothing. */
    public void upload() {
        reset();
        try {
            byte[] bytes = file == null ? null : file.getContent();
            LedgerUploads.Upload upload = uploads.read(kind, file == null ? null : file.getFileName(), bytes);
            LedgerPreview checked = kind == LedgerKind.ENTERPRISE
                    ? enterpriseLedger.preview(upload.sheet()) : commissionerLedger.preview(upload.sheet());
            sheet = upload.sheet();
            ledgerFile = upload.file();
            preview = LedgerPreviewResponse.of(checked, ledgerFile, vocabulary, locale());
        } catch (RuntimeException e) {
            messages.showRefusal(e, "uploadForm", Set.of());
        }
    }

    public void importAll() {
        store(false);
    }

    public void importValid() {
        store(true);
    }

    private void store(boolean validOnly) {
        if (sheet == null) {
            return;
        }
        try {
            LedgerImport done = kind == LedgerKind.ENTERPRISE
                    ? enterpriseLedger.importSheet(sheet, ledgerFile, validOnly)
                    : commissionerLedger.importSheet(sheet, ledgerFile, validOnly);
            result = text("ledger.imported", done.getRowsImported(), done.getRowsSkipped(), String.valueOf(done.getId()));
            sheet = null;
            ledgerFile = null;
            preview = null;
        } catch (RuntimeException e) {
            messages.showRefusal(e, "previewForm", Set.of());
        }
    }

    /** Back to the upload, forgetting the file read. */
    public void reset() {
        sheet = null;
        ledgerFile = null;
        preview = null;
        result = null;
    }

    private Locale locale() {
        return messages.locale();
    }

    /** A text of the ledger bundle in the page's language. */
    public String text(String key, Object... arguments) {
        String pattern = vocabulary.text(key, locale());
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public String getTitle() {
        return text("ledger.page." + kind);
    }

    public String getIntro() {
        return text("ledger.intro", LedgerUploads.MAX_MEGABYTES);
    }

    public String getTemplateHref() {
        return (kind == LedgerKind.ENTERPRISE ? "enterprises" : "commissioners") + "/imports/template";
    }

    public String getRecordsOutcome() {
        return kind == LedgerKind.ENTERPRISE ? "/enterprise/list" : "/commissioner/list";
    }

    public boolean isPreviewed() {
        return preview != null;
    }

    public LedgerPreviewResponse getPreview() {
        return preview;
    }

    public String getSummary() {
        return preview == null ? null : text("ledger.summary", preview.fileName(), preview.total(), preview.valid(),
                preview.invalid());
    }

    public String getConfirmAll() {
        return preview == null ? null : text("ledger.confirmAll", preview.total());
    }

    public String getConfirmValid() {
        return preview == null ? null : text("ledger.confirmValid", preview.valid(), preview.invalid());
    }

    public String getImportValidLabel() {
        return preview == null ? null : text("ledger.importValid", preview.valid());
    }

    /** The rows the table shows: all, or only those with errors. */
    public List<LedgerPreviewResponse.Row> getRows() {
        if (preview == null) {
            return List.of();
        }
        return onlyErrors ? preview.rows().stream().filter(row -> !row.valid()).toList() : preview.rows();
    }

    /** The errors of a row as one text, one error per line. */
    public String errorsOf(LedgerPreviewResponse.Row row) {
        return String.join("\n", row.errors().stream().map(LedgerPreviewResponse.Error::message).toList());
    }

    public boolean isOnlyErrors() {
        return onlyErrors;
    }

    public void setOnlyErrors(boolean onlyErrors) {
        this.onlyErrors = onlyErrors;
    }

    public String getResult() {
        return result;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
