package waypoint.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.shared.web.PageOf;

/**
 * Bearer tokens for the API. Only a SHA-256 hash of each token is stored, so a copy of the database cannot be
 * used to call the API; the token itself is shown once, when it is issued.
 */
@Component
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Shown once on the page after a redirect, so it passes through the session (kept in the database). */
    public record IssuedToken(UUID id, String token, Instant expiresAt) implements java.io.Serializable {
    }

    public record TokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {

        public boolean isActive(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    @Transactional
    public IssuedToken issue(UUID userId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "wp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO api_token (id, user_id, token_hash, name, created_at, expires_at)
                VALUES (:id, :user, :hash, :name, :now, :expires)""")
                .param("id", id).param("user", userId).param("hash", hash(token))
                .param("name", name).param("now", java.sql.Timestamp.from(now))
                .param("expires", java.sql.Timestamp.from(expiresAt)).update();
        return new IssuedToken(id, token, expiresAt);
    }

    /** The account a live token belongs to; an unknown, expired or revoked token belongs to nobody. */
    @Transactional
    public Optional<UUID> authenticate(String token) {
        Instant now = clock.instant();
        Optional<UUID> user = jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                RETURNING user_id""")
                .param("now", java.sql.Timestamp.from(now)).param("hash", hash(token))
                .query(UUID.class).optional();
        return user;
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(UUID userId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY created_at DESC LIMIT 100""")
                .param("user", userId).query(TokenSummary.class).list();
    }

    /** One page of the user's tokens, newest first (every API sign-in adds one, so the list grows). */
    @Transactional(readOnly = true)
    public PageOf<TokenSummary> page(UUID userId, int page) {
        int number = Math.max(0, page);
        long total = jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = :user").param("user", userId)
                .query(Long.class).single();
        List<TokenSummary> items = jdbc.sql("""
                SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
                .param("user", userId).param("size", PageOf.DEFAULT_SIZE)
                .param("offset", (long) number * PageOf.DEFAULT_SIZE).query(TokenSummary.class).list();
        return new PageOf<>(items, number, PageOf.DEFAULT_SIZE, total);
    }

    /** Revokes one of the user's own tokens; another user's token is left alone. */
    @Transactional
    public boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", tokenId).param("user", userId)
                .update() == 1;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
