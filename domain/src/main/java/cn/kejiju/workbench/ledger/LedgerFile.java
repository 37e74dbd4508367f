package cn.kejiju.workbench.ledger;

import java.util.Objects;

/** The file a ledger came from, as an import record keeps it: name as uploaded, size in bytes, SHA-256 in hex. */
public record LedgerFile(String name, long size, String sha256) {

    public static final int NAME_MAX = 200;

    public LedgerFile {
        Objects.requireNonNull(sha256, "sha256");
        name = name == null || name.isBlank() ? "ledger.xlsx" : name.strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
    }
}
