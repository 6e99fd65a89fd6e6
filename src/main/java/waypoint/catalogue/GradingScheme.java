package waypoint.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A standard's overall grading: a readable table from the components' grades to the overall grade (any Fail →
 * Fail, Pass + Pass → Pass, ...). A table is complete when it covers every combination of the components' grades
 * exactly once, each with one of the overall grades. The note says what is sourced and what is not.
 */
public record GradingScheme(GradingBasis basis, List<GradedComponent> components, List<String> overallGrades,
        List<GradingRow> rows, Optional<String> note, boolean verified) {

    /** More combinations than this are not a table a person can check (or fill in). */
    public static final int MAXIMUM_COMBINATIONS = 256;

    public GradingScheme {
        components = List.copyOf(components);
        overallGrades = List.copyOf(overallGrades);
        rows = List.copyOf(rows);
    }

    public static GradingScheme none() {
        return new GradingScheme(GradingBasis.METHODS, List.of(), List.of(), List.of(), Optional.empty(), false);
    }

    /** Whether there is anything to tabulate: at least one component, and every component has grades. */
    public boolean isTabulable() {
        return !components.isEmpty() && components.stream().noneMatch(c -> c.grades().isEmpty())
                && combinationCount() <= MAXIMUM_COMBINATIONS;
    }

    public long combinationCount() {
        long count = components.isEmpty() ? 0 : 1;
        for (GradedComponent component : components) {
            count *= component.grades().size();
        }
        return count;
    }

    /** Every combination of the components' grades, the first component changing slowest (as a person writes it). */
    public List<List<String>> combinations() {
        if (!isTabulable()) {
            return List.of();
        }
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (GradedComponent component : components) {
            List<List<String>> extended = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String grade : component.grades()) {
                    List<String> next = new ArrayList<>(prefix);
                    next.add(grade);
                    extended.add(List.copyOf(next));
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    public Optional<String> overallGradeFor(List<String> combination) {
        return rows.stream().filter(row -> row.componentGrades().equals(combination)).map(GradingRow::overallGrade)
                .findFirst();
    }

    public List<List<String>> missingCombinations() {
        Set<List<String>> covered = rows.stream().map(GradingRow::componentGrades).collect(Collectors.toSet());
        return combinations().stream().filter(combination -> !covered.contains(combination)).toList();
    }

    /** “Observation: Pass + Discussion: Distinction”. */
    public String describe(List<String> combination) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < combination.size(); i++) {
            String name = i < components.size() ? components.get(i).name() : "Component " + (i + 1);
            parts.add(name + ": " + combination.get(i));
        }
        return String.join(" + ", parts);
    }

    /** Why the table cannot be used as it is, one sentence each; empty when it is complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (components.isEmpty()) {
            problems.add("There are no graded EPA methods or criteria to combine");
            return problems;
        }
        components.stream().filter(c -> c.grades().isEmpty())
                .forEach(c -> problems.add(c.name() + " has no grades"));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (combinationCount() > MAXIMUM_COMBINATIONS) {
            problems.add("The grades make " + combinationCount() + " combinations; a grading table can list at most "
                    + MAXIMUM_COMBINATIONS);
            return problems;
        }
        if (overallGrades.isEmpty()) {
            problems.add("Enter the overall grades");
        }
        Set<List<String>> possible = new LinkedHashSet<>(combinations());
        Map<List<String>, Integer> seen = new HashMap<>();
        for (GradingRow row : rows) {
            if (!possible.contains(row.componentGrades())) {
                problems.add("The table has a row for a combination the grades cannot make: "
                        + describe(row.componentGrades()));
            } else if (seen.merge(row.componentGrades(), 1, Integer::sum) == 2) {
                problems.add("The table has more than one row for " + describe(row.componentGrades()));
            }
            if (!overallGrades.isEmpty() && !overallGrades.contains(row.overallGrade())) {
                problems.add("'" + row.overallGrade() + "' is not one of the overall grades, for "
                        + describe(row.componentGrades()));
            }
        }
        missingCombinations().forEach(missing -> problems.add("The table does not cover " + describe(missing)));
        return problems;
    }

    public boolean isComplete() {
        return problems().isEmpty();
    }
}
