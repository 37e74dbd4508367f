package cn.kejiju.workbench.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every uploaded ledger file goes through, from the page or the API: present, at most
 * {@value #MAX_MEGABYTES} MB, an .xlsx workbook with a header row; its name, size and SHA-256 kept for the import
 * record.
 */
@ApplicationScoped
public class LedgerUploads {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    @Inject
    LedgerVocabulary vocabulary;

    /** A file read as a ledger, with what identifies the file. */
    public record Upload(LedgerFile file, LedgerSheet sheet) {
    }

    public Upload read(LedgerKind kind, String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new LedgerFileException("ledger.noFile");
        }
        if (bytes.length > MAX_BYTES) {
            throw new LedgerFileException("ledger.tooLarge", MAX_MEGABYTES);
        }
        LedgerSheet sheet = vocabulary.sheet(kind, LedgerWorkbook.read(bytes));
        return new Upload(new LedgerFile(fileName, bytes.length, sha256(bytes)), sheet);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
