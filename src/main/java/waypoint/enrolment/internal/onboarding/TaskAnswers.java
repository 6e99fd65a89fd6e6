package waypoint.enrolment.internal.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to a form task, question name to values (one value, or the ticked options of checkboxes), whether it
 * was marked complete, and the version they were read at (for optimistic locking).
 */
public record TaskAnswers(Map<String, List<String>> answers, boolean completed, int version, boolean saved) {

    public TaskAnswers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    public static TaskAnswers none() {
        return new TaskAnswers(Map.of(), false, 0, false);
    }

    public String value(String name) {
        List<String> values = answers.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> values(String name) {
        return answers.getOrDefault(name, List.of());
    }

    public boolean ticked(String name, String option) {
        return values(name).contains(option);
    }
}
