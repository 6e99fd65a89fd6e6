package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Rows of a repeating form ("methods[0].name", "methods[1].name", ...) read from the request parameters by hand:
 * only consecutive rows from 0, at most {@link #MAXIMUM_ROWS}, so a tampered index ("methods[5000]", "methods[x]")
 * is ignored instead of growing a list or failing the request. A row's constraint messages say "row" in braces where
 * the error summary names the row by its number ("Enter the name of method 2").
 */
final class FormRows {

    static final int MAXIMUM_ROWS = 100;

    /** A row's field: "methods[1].name". */
    private static final Pattern ROW = Pattern.compile("\\w+\\[(\\d+)].*");

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


    /** The form's problems ({@link FormChecks}), field by field in the order it asks them, each row's by its number. */
    static Map<String, String> problems(Validator validator, Object form) {
        try {
            FormChecks.require(validator, form);
            return Map.of();
        } catch (FieldValidationException invalid) {
            return numbered(invalid.errors());
        }
    }

    /** Each message of a row's field ("methods[1].name") with its row's number (2) for "row" in braces. */
    static Map<String, String> numbered(Map<String, String> problems) {
        Map<String, String> numbered = new LinkedHashMap<>();
        problems.forEach((field, message) -> {
            Matcher row = ROW.matcher(field);
            numbered.put(field, row.matches()
                    ? message.replace("{row}", String.valueOf(Integer.parseInt(row.group(1)) + 1)) : message);
        });
        return numbered;
    }

    /** Each message of a row's field with the row's name (a method's, say) for "name" in braces. */
    static Map<String, String> named(Map<String, String> problems, IntFunction<String> name) {
        Map<String, String> named = new LinkedHashMap<>();
        problems.forEach((field, message) -> {
            Matcher row = ROW.matcher(field);
            named.put(field, row.matches() ? message.replace("{name}", name.apply(Integer.parseInt(row.group(1))))
                    : message);
        });
        return named;
    }
}
