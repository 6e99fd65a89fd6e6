package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a repeating form ("methods[0].name", "methods[1].name", ...) read from the request parameters by hand:
 * only consecutive rows from 0, at most {@link #MAXIMUM_ROWS}, so a tampered index ("methods[5000]", "methods[x]")
 * is ignored instead of growing a list or failing the request.
 */
final class FormRows {

    static final int MAXIMUM_ROWS = 100;

    private FormRows() {
    }

    /** Each row as field name → value ("name" → "Observation"). */
    static List<Map<String, String>> read(Map<String, String> parameters, String prefix) {
        Pattern key = Pattern.compile(Pattern.quote(prefix) + "\\[(\\d{1,3})]\\.(\\w{1,40})");
        Map<Integer, Map<String, String>> byIndex = new HashMap<>();
        parameters.forEach((name, value) -> {
            Matcher m = key.matcher(name);
            if (m.matches()) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new HashMap<>()).put(m.group(2), value);
            }
        });
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < MAXIMUM_ROWS && byIndex.containsKey(i); i++) {
            rows.add(byIndex.get(i));
        }
        return rows;
    }

    /** A value posted as "prefix[index]", such as one select of the grading table. */
    static String indexed(Map<String, String> parameters, String prefix, int index) {
        String value = parameters.get(prefix + "[" + index + "]");
        return value == null ? "" : value;
    }

    static boolean ticked(String value) {
        return "true".equals(value);
    }
}
