package waypoint.enrolment.internal.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        int skipped = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return new Reading(List.of(), 0, List.of("The file is empty"));
            }
            List<String> names = split(header.replace("\uFEFF", "")).stream()
                    .map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
            if (!missing.isEmpty()) {
                return new Reading(List.of(), 0, List.of("The first line must name the columns ULN, Subject,"
                        + " Assessment, Result and Date; missing: " + String.join(", ", missing)));
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (number > MOST_ROWS + 1) {
                    errors.add("The file has more than " + MOST_ROWS + " rows");
                    break;
                }
                List<String> cells = split(line);
                String rowUln = cell(cells, names, "uln");
                if (!uln.equals(rowUln)) {
                    skipped++;
                    continue;
                }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add("The file has no results for this learner (ULN " + uln + ")");
        }
        return new Reading(rows, skipped, errors);
    }

    private static String cell(List<String> cells, List<String> names, String name) {
        int at = names.indexOf(name);
        return at < cells.size() ? cells.get(at).strip() : "";
    }

    /** Commas separate cells; double quotes may wrap a cell, with “” for a quote inside it. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
