package waypoint.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one limit on public forms against spam: at most {@link #perHour()} submissions an hour from one address,
 * counted in the database so every node agrees. Addresses are kept only as hashes (with the form's own prefix, so
 * the same address cannot be matched across forms), and only for a day. No third party is asked.
 *
 * <p>Each module keeps the attempts in a table of its own with columns {@code address_hash} and {@code at}, and
 * makes its limit a component by extending this class.
 */
public abstract class SubmissionLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final String prefix;
    private final int perHour;

    protected SubmissionLimit(JdbcClient jdbc, Clock clock, String table, String prefix, int perHour) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.prefix = prefix;
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
        jdbc.sql("DELETE FROM " + table + " WHERE at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        long recent = jdbc.sql("SELECT count(*) FROM " + table + " WHERE address_hash = :h AND at > :since")
                .param("h", hash).param("since", Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
        if (recent >= perHour) {
            return false;
        }
        jdbc.sql("INSERT INTO " + table + " (address_hash, at) VALUES (:h, :at)")
                .param("h", hash).param("at", Timestamp.from(now)).update();
        return true;
    }

    /**
     * Whether the address has used up its hour, without counting this look (for a limit that counts failures and
     * stops the next attempt, such as refused sign-ins).
     */
    @Transactional(readOnly = true)
    public boolean reached(String address) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE address_hash = :h AND at > :since")
                .param("h", hash(address)).param("since", Timestamp.from(now.minus(WINDOW))).query(Long.class)
                .single() >= perHour;
    }

    private String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((prefix + ":" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
