package waypoint.enrolment.internal.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waypoint.shared.web.Choice;

/**
 * One question on a form task. {@code requiredToComplete}: the task cannot be marked complete without an answer (for
 * checkboxes: every option ticked, since each is something that must have happened).
 */
public record Question(String name, Kind kind, String label, String hint, Map<String, String> options,
        boolean requiredToComplete) {

    public enum Kind { TEXT, TEXTAREA, DATE, CHECKBOXES, RADIOS }

    public Question {
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    static Question text(String name, String label, String hint, boolean required) {
        return new Question(name, Kind.TEXT, label, hint, Map.of(), required);
    }

    static Question textarea(String name, String label, String hint, boolean required) {
        return new Question(name, Kind.TEXTAREA, label, hint, Map.of(), required);
    }

    static Question date(String name, String label, String hint, boolean required) {
        return new Question(name, Kind.DATE, label, hint, Map.of(), required);
    }

    static Question checkboxes(String name, String label, String hint, List<String[]> options) {
        Map<String, String> map = new LinkedHashMap<>();
        options.forEach(option -> map.put(option[0], option[1]));
        return new Question(name, Kind.CHECKBOXES, label, hint, map, true);
    }

    static Question radios(String name, String label, String hint, List<String[]> options, boolean required) {
        Map<String, String> map = new LinkedHashMap<>();
        options.forEach(option -> map.put(option[0], option[1]));
        return new Question(name, Kind.RADIOS, label, hint, map, required);
    }

    public boolean isCheckboxes() {
        return kind == Kind.CHECKBOXES;
    }

    /** The options as the shared radios fragment takes them. */
    public List<Choice> choices() {
        return options.entrySet().stream().map(o -> new Choice(o.getKey(), o.getValue())).toList();
    }
}
