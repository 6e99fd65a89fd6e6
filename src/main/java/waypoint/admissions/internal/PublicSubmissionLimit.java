package waypoint.admissions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The limit on the public enquiry and application forms against spam: at most {@code perHour} submissions an hour
 * from one address (the setting {@code waypoint.admissions.submissions-per-hour}), counted in the database so every
 * node agrees. Addresses are kept only as salted hashes, and only for a day. No third party is asked.
 */
@Component
public class PublicSubmissionLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;

    PublicSubmissionLimit(JdbcClient jdbc, Clock clock,
            @Value("${waypoint.admissions.submissions-per-hour:5}") int perHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    public int perHour() {
        return perHour;
    }

    /** Counts this attempt and answers whether it is within the limit. */
    @Transactional
    public boolean allow(String address) {
        Instant now = clock.instant();
        String hash = hash(address);
        jdbc.sql("DELETE FROM admissions_public_submission WHERE at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        long recent = jdbc.sql("SELECT count(*) FROM admissions_public_submission WHERE address_hash = :h"
                        + " AND at > :since")
                .param("h", hash).param("since", Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
        if (recent >= perHour) {
            return false;
        }
        jdbc.sql("INSERT INTO admissions_public_submission (address_hash, at) VALUES (:h, :at)")
                .param("h", hash).param("at", Timestamp.from(now)).update();
        return true;
    }

    private static String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("waypoint-admissions:" + address)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
