package waypoint.organisation.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import waypoint.shared.web.Choice;

/** Form values as the services take them: an unknown choice or a malformed id is no answer (null). */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    static UUID id(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> List<Choice> choices(Class<E> type, Function<E, String> text) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), text.apply(e))).toList();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
