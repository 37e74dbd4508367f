package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * An integrator's API token. Only its SHA-256 hash is stored (with the first characters, to find it);
 * the token itself is shown once, when it is created. Tokens expire and can be revoked.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byPrefix", query = "select t from ApiToken t where t.prefix = :prefix")
@NamedQuery(name = "ApiToken.all", query = "select t from ApiToken t order by t.createdAt desc")
public class ApiToken {

    public static final String MARK = "wbt_";
    public static final int PREFIX_LENGTH = 12;
    public static final int NAME_MAX = 60;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = PREFIX_LENGTH)
    private String prefix;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenScope scope;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "created_by", nullable = false, length = UserAccount.USERNAME_MAX)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ApiToken() {
        // for JPA
    }

    private ApiToken(String name, String token, Jurisdiction jurisdiction, TokenScope scope,
                     LocalDateTime expiresAt, String createdBy, LocalDateTime now) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new RuleViolationException("token.name", "name", NAME_MAX);
        }
        if (jurisdiction == null || jurisdiction.getLevel().ordinal() > JurisdictionLevel.COUNTY.ordinal()) {
            throw new RuleViolationException("token.jurisdictionLevel", "jurisdictionId");
        }
        if (scope == null) {
            throw new RuleViolationException("token.scopeRequired", "scope");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plusYears(2))) {
            throw new RuleViolationException("token.expiry", "expiresAt");
        }
        this.name = name.strip();
        this.prefix = token.substring(0, PREFIX_LENGTH);
        this.tokenHash = sha256(token);
        this.jurisdiction = jurisdiction;
        this.scope = scope;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A new token and the secret to show once. */
    public static Issued issue(String name, Jurisdiction jurisdiction, TokenScope scope, LocalDateTime expiresAt,
                               String createdBy, LocalDateTime now) {
        StringBuilder secret = new StringBuilder(MARK);
        for (int i = 0; i < 40; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String token = secret.toString();
        return new Issued(new ApiToken(name, token, jurisdiction, scope, expiresAt, createdBy, now), token);
    }

    /** A token together with its secret, which exists only in this moment. */
    public record Issued(ApiToken token, String secret) {
    }

    /** The first characters by which a presented token is looked up, or null if it cannot be one of ours. */
    public static String prefixOf(String presented) {
        return presented != null && presented.startsWith(MARK) && presented.length() > PREFIX_LENGTH
                ? presented.substring(0, PREFIX_LENGTH) : null;
    }

    public boolean matches(String presented) {
        return MessageDigest.isEqual(tokenHash.getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the token was revoked (expiry aside). */
    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isUsableOn(LocalDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public TokenScope getScope() {
        return scope;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
