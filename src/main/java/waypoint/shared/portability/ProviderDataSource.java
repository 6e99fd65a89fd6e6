package waypoint.shared.portability;

import java.util.List;

/**
 * What one module contributes to the whole provider's export (docs/domain/provider-export.md): each table it owns,
 * with the query that reads all of it, in the order the tables load back. The module names only its own tables;
 * secrets (password hashes, tokens, second factors) are never in a query. The export reads each table as it streams,
 * writes it as JSON lines and as CSV, and copies every file a column ending {@code file_id} names.
 */
public interface ProviderDataSource {

    /** The module's name: its folder in the export. */
    String module();

    /** Its tables, each with the query that reads all of its rows. */
    List<Table> tables();

    /** One table and the query that reads it whole (a plain {@code SELECT}, columns left out only for secrets). */
    record Table(String name, String select) {

        public static Table all(String name) {
            return new Table(name, "SELECT * FROM " + name);
        }
    }
}
