package waypoint.ilr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import waypoint.shared.csv.CsvTable;

/**
 * The official validation rules of a collection year, as the department publishes them
 * (src/main/resources/ilr/&lt;year&gt;/validation-rules.csv): each rule's official name, category, severity and error
 * message. Rules the department has deleted are left out. Waypoint's checks are named after these rules, so an
 * error in Waypoint reads as the same error in Submit learner data (docs/domain/ilr.md).
 */
public final class IlrRuleBook {

    public enum Severity {
        ERROR, WARNING
    }

    /** One official rule: its name (ULN_03), category (Learner), severity and message, as published. */
    public record Rule(String name, String category, Severity severity, String message, String description) {
    }

    private final IlrYear year;
    private final Map<String, Rule> rules;

    private IlrRuleBook(IlrYear year, Map<String, Rule> rules) {
        this.year = year;
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The rules of a year whose rule file is shipped. */
    public static IlrRuleBook of(IlrYear year) {
        return of(year, IlrRuleBook.class.getClassLoader());
    }

    /** The rules of a year whose rule file {@code files} finds (a test's stand-in for a later year). */
    static IlrRuleBook of(IlrYear year, ClassLoader files) {
        String path = year.folder() + "validation-rules.csv";
        try (InputStream in = files.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No validation rules are shipped for " + year.name());
            }
            Map<String, Rule> rules = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>();
            CsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), (line, cells) -> {
                if (line == 1) {
                    columns.addAll(cells);
                    return true;
                }
                String status = cell(cells, columns, "Status");
                String severity = cell(cells, columns, "Severity");
                if (!status.equalsIgnoreCase("Deleted") && (severity.equals("Error") || severity.equals("Warning"))) {
                    String name = cell(cells, columns, "Name");
                    rules.put(name, new Rule(name, cell(cells, columns, "Category"),
                            Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)),
                            cell(cells, columns, "ErrorMessage"), cell(cells, columns, "Description")));
                }
                return true;
            });
            return new IlrRuleBook(year, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(List<String> cells, List<String> columns, String column) {
        int at = columns.indexOf(column);
        return at >= 0 && at < cells.size() ? cells.get(at).strip() : "";
    }

    public IlrYear year() {
        return year;
    }

    public Optional<Rule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** A rule Waypoint checks must be one the department publishes: a misspelt name fails at once. */
    public Rule require(String name) {
        return rule(name).orElseThrow(() -> new IllegalArgumentException(
                "The ILR " + year.name() + " validation rules have no rule " + name));
    }

    public int size() {
        return rules.size();
    }
}
