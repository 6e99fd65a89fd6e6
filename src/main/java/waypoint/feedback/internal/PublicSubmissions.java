package waypoint.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A limit on the public form against spam: at most {@link #LIMIT} submissions an hour from one address, counted in
 * the database so every node agrees. Addresses are kept only as salted hashes, and only for a day.
 */
@Component
public class PublicSubmissions {

    public static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts this attempt and answers whether it is within the limit. */
    @Transactional
    public boolean allow(String address) {
        Instant now = clock.instant();
        String hash = hash(address);
        jdbc.sql("DELETE FROM feedback_public_submission WHERE at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        long recent = jdbc.sql("SELECT count(*) FROM feedback_public_submission WHERE address_hash = :h AND at > :since")
                .param("h", hash).param("since", Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
        if (recent >= LIMIT) {
            return false;
        }
        jdbc.sql("INSERT INTO feedback_public_submission (address_hash, at) VALUES (:h, :at)")
                .param("h", hash).param("at", Timestamp.from(now)).update();
        return true;
    }

    private static String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("waypoint-feedback:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
