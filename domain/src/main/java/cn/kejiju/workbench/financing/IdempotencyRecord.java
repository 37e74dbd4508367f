package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The first use of an {@code Idempotency-Key} by a caller for a POST that moves money: what was asked (the
 * operation and a fingerprint of its body) and the record it created. The key is unique per caller in the
 * database, so two requests with one key never both move money; a retry with the same request gets the first
 * result back, the same key with a different request is refused.
 */
@Entity
@Table(name = "fin_idem_key")
public class IdempotencyRecord {

    public static final int KEY_MAX = 100;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + KEY_MAX + "}");

    @Id
    @SequenceGenerator(name = "fin_idem_key_seq", sequenceName = "fin_idem_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_idem_key_seq")
    private Long id;

    @Column(nullable = false, length = 50)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = KEY_MAX)
    private String key;

    @Column(nullable = false, length = 30)
    private String operation;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "result_id")
    private Long resultId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(String caller, String key, String operation, String fingerprint, Clock clock) {
        this.caller = caller;
        this.key = checkedKey(key);
        this.operation = operation;
        this.fingerprint = fingerprint;
        this.createdAt = LocalDateTime.now(clock);
    }

    /** A key as sent: 1 to 100 visible ASCII characters. */
    public static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new RuleViolationException("financing.idempotency.key", "Idempotency-Key", KEY_MAX);
        }
        return key;
    }

    /** The SHA-256 of the request's parts (operation, record, amounts, dates), in hex. */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "\u0000" : part.toString()).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * The first result for a retry of the same request; refused (422) when the key was used for another
     * operation or another body, or when the first request did not finish.
     */
    public long replay(String askedOperation, String askedFingerprint) {
        if (!operation.equals(askedOperation) || !fingerprint.equals(askedFingerprint) || resultId == null) {
            throw new RuleViolationException("financing.idempotency.mismatch", "Idempotency-Key", key);
        }
        return resultId;
    }

    public void completed(long id) {
        this.resultId = id;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getKey() {
        return key;
    }

    public String getOperation() {
        return operation;
    }
}
