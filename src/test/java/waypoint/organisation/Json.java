package waypoint.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies for API tests, written from a map so that a test reads as the fields it sends. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String of(Map<String, ?> fields) {
        return MAPPER.writeValueAsString(fields);
    }

    /** The same fields with some replaced (a null value removes the field). */
    static String with(Map<String, ?> fields, Object... replacements) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        for (int i = 0; i < replacements.length; i += 2) {
            if (replacements[i + 1] == null) {
                copy.remove((String) replacements[i]);
            } else {
                copy.put((String) replacements[i], replacements[i + 1]);
            }
        }
        return of(copy);
    }
}
