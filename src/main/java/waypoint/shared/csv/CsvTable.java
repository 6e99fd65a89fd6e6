package waypoint.shared.csv;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way Waypoint reads and writes comma-separated values (RFC 4180, as spreadsheets save them), on Apache
 * Commons CSV. Written files start with the UTF-8 byte order mark spreadsheet programs need to read names such as
 * Łukasz, and a text cell that starts with {@code = + - @}, a tab or a carriage return is written after an apostrophe
 * so a spreadsheet shows it as text instead of running it as a formula (CSV injection). Numbers, dates and other
 * values that are not text are written as they are. See docs/domain/files.md.
 */
public final class CsvTable {

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CSVPrinter printer;

    private CsvTable(List<String> columns) {
        this(columns, null);
    }

    private CsvTable(List<String> columns, java.io.OutputStream target) {
        try {
            // buffered: the printer writes a cell at a time, and each write straight to the encoder costs as much
            // as the cell (a third of a 100,000-line download's time: docs/performance.md)
            Writer writer = new BufferedWriter(new OutputStreamWriter(target == null ? bytes : target,
                    StandardCharsets.UTF_8), 64 * 1024);
            writer.write(BYTE_ORDER_MARK);
            printer = new CSVPrinter(writer, WRITE);
            printer.printRecord(columns.stream().map(CsvTable::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file written to {@code out} as its rows come, never held whole (a table of the provider's export): call
     * {@link #flush()} after the last row; {@code out} is not closed.
     */
    public static CsvTable writingTo(java.io.OutputStream out, List<String> columns) {
        return new CsvTable(List.copyOf(columns), out);
    }

    /** Writes out what is buffered, to the stream a {@link #writingTo} file writes to. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file whose first row names the columns. */
    public static CsvTable withColumns(String... columns) {
        return new CsvTable(List.of(columns));
    }

    /** A new file whose first row names the columns. */
    public static CsvTable withColumns(List<String> columns) {
        return new CsvTable(List.copyOf(columns));
    }

    /** Adds a row; {@code null} is an empty cell, text is defended against formulas, anything else is as it prints. */
    public CsvTable row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** Adds a row; {@code null} is an empty cell, text is defended against formulas, anything else is as it prints. */
    public CsvTable row(List<?> cells) {
        try {
            List<String> values = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                values.add(cell == null ? "" : cell instanceof CharSequence text ? text(text.toString())
                        : cell.toString());
            }
            printer.printRecord(values);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes: UTF-8 with a byte order mark, rows ending CRLF. */
    public byte[] toBytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text as a spreadsheet should show it: a leading formula character is written after an apostrophe. */
    static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** What is done with each row of a file read as it streams; answers whether to read on. */
    @FunctionalInterface
    public interface RowReader {
        boolean read(long line, List<String> cells);
    }

    /**
     * Reads a file row by row as it streams (the first row too), never holding it whole: a byte order mark at the
     * start is dropped and blank lines are left out; {@code line} counts the rows read, the first being 1.
     *
     * @throws IllegalArgumentException with a sentence a person can act on when the text is not CSV
     */
    public static void read(java.io.Reader text, RowReader each) {
        try (java.io.BufferedReader buffered = new java.io.BufferedReader(text)) {
            buffered.mark(1);
            if (buffered.read() != BYTE_ORDER_MARK) {
                buffered.reset();
            }
            try (CSVParser parser = READ.parse(buffered)) {
                for (CSVRecord record : parser) {
                    List<String> row = record.toList();
                    if (row.stream().anyMatch(value -> !value.isBlank()) && !each.read(record.getRecordNumber(), row)) {
                        return;
                    }
                }
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("The file is not comma-separated values a spreadsheet saves: a quote"
                    + " is opened and never closed", e);
        }
    }

    /**
     * Every row of a file's text, each a list of its cells, blank lines left out; a byte order mark at the start is
     * dropped; lines may end CRLF or LF; quoted cells may hold commas, line breaks and doubled quotes.
     *
     * @throws IllegalArgumentException with a sentence a person can act on when the text is not CSV (an unclosed
     *         quote)
     */
    public static List<List<String>> read(String text) {
        String csv = text == null ? "" : text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = READ.parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                if (row.stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(row);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("The file is not comma-separated values a spreadsheet saves: a quote"
                    + " is opened and never closed (near line " + (rows.size() + 1) + ")", e);
        }
        return rows;
    }
}
