package waypoint.catalogue;

import java.util.List;

/** A row of the grading table: one grade per component, in component order, gives the overall grade. */
public record GradingRow(List<String> componentGrades, String overallGrade) {

    public GradingRow {
        componentGrades = List.copyOf(componentGrades);
    }
}
