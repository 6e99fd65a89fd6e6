package waypoint.enrolment.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as spreadsheets save them (RFC 4180): fields in double quotes may hold commas, line breaks
 * and doubled quotes. Lines may end with CRLF or LF; a byte order mark at the start is dropped.
 */
public final class Csv {

    private Csv() {
    }

    /** Every record of the text, each a list of its fields; blank lines are left out. */
    public static List<List<String>> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        record.add(field.toString());
        addUnlessBlank(records, record);
        return records;
    }

    /** A field as a CSV cell: quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void addUnlessBlank(List<List<String>> records, List<String> record) {
        if (record.stream().anyMatch(value -> !value.isBlank())) {
            records.add(record);
        }
    }
}
