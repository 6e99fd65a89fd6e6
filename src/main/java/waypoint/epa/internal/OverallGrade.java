package waypoint.epa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingScheme;

/**
 * The overall grade of an end-point assessment from the grades of the standard's graded components (its methods, or the
 * holistic scheme's criteria), by the standard's own grading table (docs/domain/standards-and-assessment-plans.md,
 * Grading): empty until every component has a grade, or when the standard's table is not complete.
 */
public final class OverallGrade {

    /** The word every shipped table uses for an outcome below a pass. */
    public static final String FAIL = "Fail";

    private OverallGrade() {
    }

    public static Optional<String> of(GradingScheme scheme, Map<String, String> gradeByComponent) {
        if (!scheme.isComplete()) {
            return Optional.empty();
        }
        List<String> combination = new ArrayList<>();
        for (GradedComponent component : scheme.components()) {
            String grade = gradeByComponent.get(component.name());
            if (grade == null) {
                return Optional.empty();
            }
            combination.add(grade);
        }
        return scheme.overallGradeFor(combination);
    }

    public static boolean isPass(String overallGrade) {
        return overallGrade != null && !FAIL.equalsIgnoreCase(overallGrade);
    }

    /** The component of this name (letter case aside), so a typed “observation with questioning” still matches. */
    public static Optional<GradedComponent> component(GradingScheme scheme, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return scheme.components().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The grade as the component writes it, or empty when the component cannot give it. */
    public static Optional<String> grade(GradedComponent component, String grade) {
        if (grade == null) {
            return Optional.empty();
        }
        return component.grades().stream().filter(g -> g.equalsIgnoreCase(grade.strip())).findFirst();
    }
}
