package waypoint.shared.database;

/** Embedded PostgreSQL could not start; the failure analyser turns this into advice instead of a stack trace. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    public EmbeddedDatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
