package waypoint.demo.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * COPY for the reference data set (docs/performance.md): CSV streamed to PostgreSQL in chunks of about a megabyte,
 * with the tables' secondary indexes and foreign keys dropped first and built once after, instead of kept up to date
 * and checked row by row.
 */
final class BulkLoad {

    private BulkLoad() {
    }

    /** Writes row {@code index} of a table. */
    interface Row {
        void write(long index, StringBuilder out);
    }

    /** Writes the rows (none, one or many) that item {@code index} has in a table; answers how many. */
    interface Rows {
        int write(int index, StringBuilder out);
    }

    /** Streams {@code count} CSV rows to COPY in chunks of about a megabyte. */
    static void copyRows(CopyManager copy, String table, long count, Row row) throws SQLException, IOException {
        CopyIn in = copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (long i = 0; i < count; i++) {
                row.write(i, chunk);
                if (chunk.length() > (1 << 20) - 512) {
                    flush(in, chunk);
                }
            }
            flush(in, chunk);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Streams each of {@code count} items' rows to COPY, as {@link #copyRows}; answers how many rows. */
    static long copyEach(CopyManager copy, String table, int count, Rows rows) throws SQLException, IOException {
        long[] lines = {0};
        copyRows(copy, table, count, (i, out) -> lines[0] += rows.write((int) i, out));
        return lines[0];
    }

    private static void flush(CopyIn in, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /**
     * The secondary indexes (those that are not a primary key or a constraint) and the foreign keys of the tables,
     * dropped now; {@link Deferred#restore} builds them again once the rows are in.
     */
    static Deferred defer(Connection connection, List<String> tables) throws SQLException {
        List<String> indexes = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        for (String table : tables) {
            try (var query = connection.prepareStatement("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = current_schema() AND i.tablename = ?
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
                                      AND c.conrelid = ?::regclass)""")) {
                query.setString(1, table);
                query.setString(2, table);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        indexes.add(rs.getString(2));
                        try (Statement ddl = connection.createStatement()) {
                            ddl.execute("DROP INDEX " + rs.getString(1));
                        }
                    }
                }
            }
            try (var query = connection.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = ?::regclass AND contype = 'f'")) {
                query.setString(1, table);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new String[] {table, rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        try (Statement ddl = connection.createStatement()) {
            for (String[] key : keys) {
                ddl.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
            }
        }
        return new Deferred(indexes, keys);
    }

    record Deferred(List<String> indexes, List<String[]> keys) {

        void restore(Connection connection) throws SQLException {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("SET maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    ddl.execute(index);
                }
                for (String[] key : keys) {
                    ddl.execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
                }
            }
        }
    }
}
