package waypoint.enrolment.internal.onboarding;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.DateText;

/**
 * Reads a CSV export of a diagnostic tool such as bksb (the learner handbook: “using BKSb interactive resources”): one
 * row per assessment with the columns {@code ULN, Subject, Assessment, Result, Date} in any order (other columns are
 * ignored). Rows for other learners (another ULN) are skipped, since an export usually holds a whole group. Every wrong
 * row is reported with its line number; nothing is imported unless the whole file is right.
 */
final class DiagnosticCsv {

    static final List<String> COLUMNS = List.of("uln", "subject", "assessment", "result", "date");
    static final int MOST_ROWS = 5000;

    record Row(Subject subject, String kind, String result, LocalDate assessedOn) {
    }

    record Reading(List<Row> rows, int skipped, List<String> errors) {
    }

    private DiagnosticCsv() {
    }

    static Reading read(InputStream content, String uln) {
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] skipped = {0};
        try {
            CsvTable.read(new InputStreamReader(content, StandardCharsets.UTF_8), (number, cells) -> {
                if (number == 1) {
                    cells.forEach(n -> names.add(n.strip().toLowerCase(Locale.ROOT)));
                    List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
                    if (!missing.isEmpty()) {
                        errors.add("The first line must name the columns ULN, Subject, Assessment, Result and Date;"
                                + " missing: " + String.join(", ", missing));
                        return false;
                    }
                    return true;
                }
                if (number > MOST_ROWS + 1) {
                    errors.add("The file has more than " + MOST_ROWS + " rows");
                    return false;
                }
                if (!uln.equals(cell(cells, names, "uln"))) {
                    skipped[0]++;
                    return true;
                }
                check(number, cells, names, rows, errors);
                return true;
            });
        } catch (IllegalArgumentException notCsv) {
            return new Reading(List.of(), 0, List.of(notCsv.getMessage()));
        }
        if (names.isEmpty()) {
            return new Reading(List.of(), 0, List.of("The file is empty"));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add("The file has no results for this learner (ULN " + uln + ")");
        }
        return new Reading(rows, skipped[0], errors);
    }

    private static void check(long number, List<String> cells, List<String> names, List<Row> rows,
            List<String> errors) {
        Optional<Subject> subject = Subject.parse(cell(cells, names, "subject"));
        String kind = cell(cells, names, "assessment").toUpperCase(Locale.ROOT);
        String result = cell(cells, names, "result");
        Optional<LocalDate> date = DateText.parse(cell(cells, names, "date"));
        List<String> wrong = new ArrayList<>();
        if (subject.isEmpty()) {
            wrong.add("the subject must be English or Maths");
        }
        if (!kind.equals("INITIAL") && !kind.equals("DIAGNOSTIC")) {
            wrong.add("the assessment must be Initial or Diagnostic");
        }
        if (result.isBlank() || result.length() > 100) {
            wrong.add("the result must be given, in 100 characters or fewer");
        }
        if (date.isEmpty()) {
            wrong.add("the date must be a real date, like 27/03/2026");
        }
        if (wrong.isEmpty()) {
            rows.add(new Row(subject.get(), kind, result, date.get()));
        } else {
            errors.add("Line " + number + ": " + String.join("; ", wrong));
        }
    }

    private static String cell(List<String> cells, List<String> names, String name) {
        int at = names.indexOf(name);
        return at < cells.size() ? cells.get(at).strip() : "";
    }
}
