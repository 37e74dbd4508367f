package cn.kejiju.workbench.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import static cn.kejiju.workbench.audit.ChainVerification.Problem.ALTERED;
import static cn.kejiju.workbench.audit.ChainVerification.Problem.MISSING;

/**
 * The hash chain of the audit trail, free of any persistence so that it can be checked on its own.
 *
 * <p>An entry's hash is the hex SHA-256 of its canonical form: a format tag, then every field in a
 * fixed order, each written as its length, a colon and its text (or {@code ~} when it has no value),
 * the previous entry's hash last. Length prefixes make the form unambiguous: no two different
 * entries have the same canonical text, however their fields are split.
 *
 * <p>Verification walks the entries in sequence order. At each entry it checks, in this order: that
 * its sequence number is the next one (else {@link ChainVerification.Problem#MISSING}); that it links
 * to the hash of the entry before it (else MISSING: something was removed or put in between); that
 * its content still gives its hash (else {@link ChainVerification.Problem#ALTERED}). The entries alone
 * cannot show that the last ones were removed, so the last entry is compared with the chain head.
 */
public final class AuditChain {

    /** The hash the first entry links to, and the head's hash while the trail is empty. */
    public static final String GENESIS_HASH = "0".repeat(AuditEntry.HASH_LENGTH);

    private static final String FORMAT = "workbench-audit-v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private AuditChain() {
    }

    /** The hash an entry's content and predecessor give; equal to its stored hash while it is intact. */
    public static String hash(AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(entry).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The text that is hashed. */
    static String canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder(256);
        field(text, FORMAT);
        field(text, Long.toString(entry.getSeq()));
        field(text, TIME.format(entry.getOccurredAt()));
        field(text, entry.getActor());
        field(text, entry.getJurisdictionCode());
        field(text, entry.getAction().name());
        field(text, entry.getRecordType());
        field(text, entry.getRecordId());
        field(text, entry.getChangesJson());
        field(text, entry.getDetail());
        field(text, entry.getPreviousHash());
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }

    /**
     * Checks a whole chain from its first entry, by the entries alone (no head): a gap, a broken
     * link or an altered entry is found, removed entries at the end are not.
     */
    public static ChainVerification verify(List<? extends AuditEntry> entries) {
        return verify(entries.iterator(), 1, GENESIS_HASH, null);
    }

    /**
     * Checks the entries from sequence number {@code fromSeq} on.
     *
     * @param entries    the entries in ascending sequence order, starting at {@code fromSeq}
     * @param fromSeq    the sequence number the first entry must have
     * @param anchorHash the hash the first entry must link to: {@link #GENESIS_HASH} from the start,
     *                   or {@code null} to take the first entry's link on trust (checking from the middle)
     * @param head       the chain head the last entry must match, or {@code null} not to compare
     */
    public static ChainVerification verify(Iterator<? extends AuditEntry> entries, long fromSeq, String anchorHash,
                                           AuditChainHead head) {
        if (head != null && fromSeq > head.getSeq()) {
            return ChainVerification.intact(0, head.getSeq(), head.getHash());
        }
        long expectedSeq = fromSeq;
        String expectedLink = anchorHash;
        long checked = 0;
        long lastSeq = fromSeq - 1;
        String lastHash = anchorHash;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.getSeq() != expectedSeq) {
                return ChainVerification.broken(checked, expectedSeq, MISSING, lastSeq, lastHash);
            }
            if (expectedLink != null && !expectedLink.equals(entry.getPreviousHash())) {
                return ChainVerification.broken(checked, entry.getSeq(), MISSING, lastSeq, lastHash);
            }
            if (!hash(entry).equals(entry.getHash())) {
                return ChainVerification.broken(checked, entry.getSeq(), ALTERED, lastSeq, lastHash);
            }
            checked++;
            lastSeq = entry.getSeq();
            lastHash = entry.getHash();
            expectedLink = lastHash;
            expectedSeq++;
        }
        if (head != null) {
            if (lastSeq < head.getSeq()) {
                return ChainVerification.broken(checked, lastSeq + 1, MISSING, lastSeq, lastHash);
            }
            if (lastSeq > head.getSeq()) {
                return ChainVerification.broken(checked, head.getSeq() + 1, ALTERED, lastSeq, lastHash);
            }
            if (lastHash != null && !lastHash.equals(head.getHash())) {
                return ChainVerification.broken(checked, lastSeq, ALTERED, lastSeq, lastHash);
            }
        }
        return ChainVerification.intact(checked, lastSeq, lastHash);
    }
}
