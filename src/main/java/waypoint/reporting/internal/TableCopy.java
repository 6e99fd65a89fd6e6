package waypoint.reporting.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows written with PostgreSQL's {@code COPY} in its text format, sent in chunks of about a megabyte: how
 * reporting keeps figures worked out for every apprenticeship (about 100,000 rows at the reference data set), never a
 * statement per row. {@code table} names the table and its columns; call {@link #end()} after the last row.
 */
public final class TableCopy {

    private final CopyIn in;
    private final StringBuilder chunk = new StringBuilder(1 << 20);

    public TableCopy(PGConnection pg, String table) throws SQLException {
        this.in = pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
    }

    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                chunk.append("\\N");
            } else if (v instanceof Boolean b) {
                chunk.append(b ? 't' : 'f');
            } else if (v instanceof BigDecimal d) {
                chunk.append(d.toPlainString());
            } else {
                escape(v.toString());
            }
        }
        chunk.append('\n');
        if (chunk.length() > (1 << 20) - 4096) {
            flush();
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> chunk.append("\\\\");
                case '\t' -> chunk.append("\\t");
                case '\n' -> chunk.append("\\n");
                case '\r' -> chunk.append("\\r");
                default -> chunk.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    public void end() throws SQLException, IOException {
        try {
            flush();
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
