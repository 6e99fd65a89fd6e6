package waypoint.shared.portability;

import java.util.List;

/**
 * What one module contributes to the whole provider's export (docs/domain/provider-export.md): each table it owns,
 * with the query that reads all of it, in the order the tables load back. The module names only its own tables;
 * secrets (password hashes, tokens, second factors) are never in a query. The export reads each table as it streams,
 * writes it as JSON lines and as CSV, and copies every file a column ending {@code file_id} names.
 *
 * <p>The same port loads an export back into an empty Waypoint: each table's rows go in through {@link #load}, which
 * a module overrides when a row must change on the way in (accounts come back invited), and the module's own counters
 * are moved past what came in ({@link #counters}).
 */
public interface ProviderDataSource {

    /** The module's name: its folder in the export. */
    String module();

    /** Its tables, each with the query that reads all of its rows. */
    List<Table> tables();

    /**
     * Loads one of its tables from an export into this Waypoint, inside the import's one transaction. By default
     * every row goes in as it was written; a module changes or refuses rows here.
     */
    default void load(Table table, ExportedRows rows) {
        rows.insertAll();
    }

    /** Its counters that number records (sequences used in a formula), moved past the numbers loaded. */
    default List<Counter> counters() {
        return List.of();
    }

    /** What the receiving Waypoint may already hold in a table when an export is brought in. */
    enum Kind {
        /** The provider's records: the table must be empty. */
        RECORDS,
        /** What Waypoint is installed with (settings, lists to choose from): the export's rows replace them. */
        SETTINGS,
        /**
         * Rows the receiving Waypoint keeps beside the export's (its own administrators' accounts, its audit trail):
         * only the rows its {@code held} query counts make the Waypoint not empty.
         */
        ADDED
    }

    /**
     * One table and the query that reads it whole (a plain {@code SELECT}, columns left out only for secrets); what
     * the receiving Waypoint may already hold in it; and the query counting rows that mean it already holds a
     * provider's data (none for settings).
     */
    record Table(String name, String select, Kind kind, String held) {

        public Table(String name, String select) {
            this(name, select, Kind.RECORDS, "SELECT count(*) FROM " + name);
        }

        public static Table all(String name) {
            return new Table(name, "SELECT * FROM " + name);
        }

        /** A table of what Waypoint is installed with: the export's rows replace what is there. */
        public static Table settings(String name) {
            return new Table(name, "SELECT * FROM " + name, Kind.SETTINGS, null);
        }

        /** The same table, whose rows the receiving Waypoint keeps; {@code held} counts those that are not allowed. */
        public Table keptBeside(String held) {
            return new Table(name, select, Kind.ADDED, held);
        }
    }

    /**
     * A counter a module numbers records with: {@code highest} answers the highest number in use (or null), and the
     * counter moves past it.
     */
    record Counter(String sequence, String highest) {
    }
}
