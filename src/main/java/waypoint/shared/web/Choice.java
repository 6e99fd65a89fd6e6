package waypoint.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select, radios or checkboxes (fragments/forms.html): the value sent, the words shown, and, for a
 * radio, a hint under it (null for none).
 */
public record Choice(String value, String text, String hint) {

    public Choice(String value, String text) {
        this(value, text, null);
    }

    /** Yes and no, sending "yes" and "no". */
    public static List<Choice> yesNo() {
        return List.of(new Choice("yes", "Yes"), new Choice("no", "No"));
    }

    /** An enum's values as options: each sends its name and shows its words. */
    public static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> words) {
        return Arrays.stream(values).map(e -> new Choice(e.name(), words.apply(e))).toList();
    }

    /** The same for some of an enum's values, in the order given. */
    public static <E extends Enum<E>> List<Choice> of(List<E> values, Function<E, String> words) {
        return values.stream().map(e -> new Choice(e.name(), words.apply(e))).toList();
    }
}
