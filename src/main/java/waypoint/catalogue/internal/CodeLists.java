package waypoint.catalogue.internal;

import java.util.Arrays;
import java.util.List;

/** Short value lists (grades, KSB codes) kept as one text column inside an aggregate's row. */
final class CodeLists {

    private CodeLists() {
    }

    static String join(List<String> values) {
        return String.join(",", values);
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
