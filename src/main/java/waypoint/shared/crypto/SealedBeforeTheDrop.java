package waypoint.shared.crypto;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract step of moving plain columns into ciphertext (docs/adr/0012-envelope-encryption-with-tink.md,
 * "Contract"): just before the migration that drops a module's plain columns, on its connection and in its
 * transaction, every value still plain (a node of an older release wrote it) is sealed with the module's cipher, so
 * the drop loses nothing. The migration itself refuses to drop a column that still holds a plain value, with a message
 * saying what to run, so a tool that applies the migrations without Waypoint (and so without this step) cannot lose
 * one either. A module registers one as a bean; Spring Boot hands every {@link Callback} bean to Flyway.
 * <p>
 * It may use only its cipher and the connection it is given: it runs while Flyway migrates, before the beans that
 * read the database exist.
 */
public abstract class SealedBeforeTheDrop implements Callback {

    private static final Logger log = LoggerFactory.getLogger(SealedBeforeTheDrop.class);

    private final MigrationVersion version;
    private final String what;

    /**
     * @param version the version of the migration that drops the plain columns ("69.2")
     * @param what what is sealed, for the log ("learners' declarations")
     */
    protected SealedBeforeTheDrop(String version, String what) {
        this.version = MigrationVersion.fromVersion(version);
        this.what = what;
    }

    /** Seals every plain value left on this connection; answers how many rows it sealed. */
    protected abstract int seal(Connection connection) throws SQLException;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE && context.getMigrationInfo() != null
                && version.equals(context.getMigrationInfo().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            int sealed = seal(context.getConnection());
            log.info("Encryption: {} rows of {} left in plain text by an older release sealed before migration {}"
                    + " drops their plain columns", sealed, what, version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the plain " + what + " left by an older release before"
                    + " migration " + version + " drops their columns: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "seal plain " + what + " before migration " + version;
    }
}
