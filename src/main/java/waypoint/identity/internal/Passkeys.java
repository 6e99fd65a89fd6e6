package waypoint.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;

/**
 * A person's passkeys as their account page shows them (docs/domain/sign-in.md): named, with when each was created
 * and last used, and removable by their owner alone. Spring Security's WebAuthn support registers and checks them;
 * it knows a person by the name of their WebAuthn user entity, which is their account's email address.
 */
@Component
public class Passkeys {

    /** One passkey: its id (base64url, as the browser names it), its name, and when it was created and last used. */
    public record Passkey(String id, String name, Instant created, Instant lastUsed) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Passkeys(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Passkey> list(CurrentUser user) {
        return jdbc.sql("""
                SELECT c.credential_id, c.label, c.created, c.last_used
                FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                WHERE e.name = :email ORDER BY c.created, c.label""")
                .param("email", user.email())
                .query((rs, n) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
                        instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
                .list();
    }

    /** Whether the account with this email address has a passkey. */
    boolean anyFor(String email) {
        return jdbc.sql("""
                SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                WHERE e.name = :email""")
                .param("email", email).query(Long.class).single() > 0;
    }

    /** Removes one of the person's own passkeys; someone else's (or one that does not exist) is not found. */
    @Transactional
    public Passkey remove(CurrentUser user, String passkeyId) {
        Passkey passkey = list(user).stream().filter(p -> p.id().equals(passkeyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Passkey"));
        jdbc.sql("DELETE FROM user_credentials WHERE credential_id = :id").param("id", passkey.id()).update();
        events.publishEvent(RecordChanged.updated("Account", user.id(), "passkey ‘" + passkey.name() + "’",
                "passkey removed"));
        return passkey;
    }

    /** Removes every passkey of an account (an administrator's reset of its second factors); how many there were. */
    int removeAll(String email) {
        return jdbc.sql("""
                DELETE FROM user_credentials WHERE user_entity_user_id IN
                    (SELECT id FROM user_entities WHERE name = :email)""")
                .param("email", email).update();
    }

    /** The email address of the account a passkey belongs to, if it is one Waypoint knows. */
    Optional<String> ownerOf(String passkeyId) {
        return jdbc.sql("""
                SELECT e.name FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                WHERE c.credential_id = :id""")
                .param("id", passkeyId).query(String.class).optional();
    }

    /** The email address named by a WebAuthn user entity (by its id, base64url). */
    Optional<String> nameOfUserEntity(String userEntityId) {
        return jdbc.sql("SELECT name FROM user_entities WHERE id = :id").param("id", userEntityId)
                .query(String.class).optional();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
