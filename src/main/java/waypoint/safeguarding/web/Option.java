package waypoint.safeguarding.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One radio button: the value sent, its label and an optional hint. */
record Option(String value, String label, String hint) {

    static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v), null)).toList();
    }
}
