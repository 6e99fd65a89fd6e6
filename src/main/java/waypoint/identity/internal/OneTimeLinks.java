package waypoint.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets behind invitation and password-reset links. A new link of a purpose replaces the account's earlier
 * ones; a link works once and only until it expires.
 */
@Component
public class OneTimeLinks {

    public enum Purpose {
        INVITATION, PASSWORD_RESET
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Issued(String secret, Instant expiresAt) {
    }

    public Issued issue(UUID accountId, Purpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE one_time_link SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
                .param("now", Timestamp.from(now)).param("user", accountId).param("purpose", purpose.name()).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("""
                INSERT INTO one_time_link (id, user_id, purpose, token_hash, created_at, expires_at)
                VALUES (:id, :user, :purpose, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("user", accountId).param("purpose", purpose.name())
                .param("hash", ApiTokens.hash(secret)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt)).update();
        return new Issued(secret, expiresAt);
    }

    /** The account of a link that is still good, without using it up (to show the form). */
    public Optional<UUID> peek(String secret) {
        return jdbc.sql("SELECT user_id FROM one_time_link WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", ApiTokens.hash(secret == null ? "" : secret)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    /** Uses a link up and returns its account, if it was still good. */
    public Optional<UUID> redeem(String secret) {
        return jdbc.sql("""
                UPDATE one_time_link SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now RETURNING user_id""")
                .param("hash", ApiTokens.hash(secret == null ? "" : secret)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }
}
