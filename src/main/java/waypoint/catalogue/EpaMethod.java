package waypoint.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One end-point assessment method: how long it lasts, the fewest questions the assessor asks, the grades it can
 * give (none when the standard grades only holistically) and the KSBs it assesses. {@code source} says where the
 * facts come from.
 */
public record EpaMethod(String name, Optional<Integer> durationMinutes, Optional<Integer> minimumQuestions,
        List<String> grades, List<String> assessedKsbCodes, Optional<String> details, Optional<String> source) {

    public EpaMethod {
        grades = List.copyOf(grades);
        assessedKsbCodes = List.copyOf(assessedKsbCodes);
    }

    public boolean isGraded() {
        return !grades.isEmpty();
    }
}
