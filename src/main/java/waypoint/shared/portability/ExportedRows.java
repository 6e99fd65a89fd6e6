package waypoint.shared.portability;

import java.util.function.UnaryOperator;

import tools.jackson.databind.node.ObjectNode;

/**
 * One table's rows of a whole provider's export, as they are brought into this Waypoint
 * (docs/domain/provider-export.md): read from the ZIP a line at a time and inserted with their ids kept, inside the
 * import's one transaction.
 */
public interface ExportedRows {

    /** Inserts every row as it was written. */
    default void insertAll() {
        insert(UnaryOperator.identity());
    }

    /**
     * Inserts every row after {@code change}, which may change the row's columns or drop one (then the column's default
     * applies); a row the module refuses throws {@link Refused}.
     */
    void insert(UnaryOperator<ObjectNode> change);

    /** How many rows the table holds now, before this load. */
    long alreadyHere();

    /** A row a module will not take, in words a provider's administrator can act on. */
    final class Refused extends RuntimeException {

        public Refused(String message) {
            super(message);
        }
    }
}
