package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.shared.PlainText;

import java.util.Objects;

/**
 * The file a ledger came from, as an import record keeps it: name as uploaded (without a path, control or
 * bidirectional-override characters), size in bytes, SHA-256 in hex.
 */
public record LedgerFile(String name, long size, String sha256) {

    public static final int NAME_MAX = 200;

    public LedgerFile {
        Objects.requireNonNull(sha256, "sha256");
        String cleaned = name == null ? "" : PlainText.strip(name).replace('\\', '/');
        cleaned = cleaned.substring(cleaned.lastIndexOf('/') + 1).strip();
        name = cleaned.isEmpty() ? "ledger.xlsx" : cleaned;
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
    }
}
