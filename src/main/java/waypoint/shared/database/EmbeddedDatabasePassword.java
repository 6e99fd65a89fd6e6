package waypoint.shared.database;

/**
 * The start-up check on the embedded database's password: in production (the prod profile sets
 * {@code waypoint.embedded-database.require-password}) the embedded PostgreSQL is started only with a password
 * ({@code WAYPOINT_DB_PASSWORD}), which it then asks of every connection; outside production it trusts connections
 * from this machine, as the newcomer's first run needs nothing set (docs/operations.md, "Encryption keys and the
 * database password").
 */
public final class EmbeddedDatabasePassword {

    /** Fewer characters than this is not a password worth the name. */
    static final int SHORTEST = 12;

    private EmbeddedDatabasePassword() {
    }

    /**
     * The password the embedded database is to require, or null when it is to trust local connections.
     *
     * @throws IllegalStateException in production without a password, or with one too short, saying what to set
     */
    public static String check(String password, boolean production) {
        String given = password == null ? "" : password;
        if (!production) {
            return given.isBlank() ? null : given;
        }
        if (given.isBlank()) {
            throw new IllegalStateException("Set WAYPOINT_DB_PASSWORD: in production the embedded database requires a"
                    + " password (or set WAYPOINT_DB_URL to use a PostgreSQL server of your own)");
        }
        if (given.length() < SHORTEST) {
            throw new IllegalStateException("WAYPOINT_DB_PASSWORD must be at least " + SHORTEST + " characters long"
                    + " (for example from `openssl rand -base64 24`)");
        }
        return given;
    }
}
