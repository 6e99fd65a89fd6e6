package waypoint.catalogue.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One figure of a version changed: its value before and after, in canonical form (null: not recorded). */
public record FigureChange(Figure figure, String before, String after) implements Serializable {

    /** “Funding band maximum: not recorded → £9,000”. */
    public String describe() {
        return figure.label() + ": " + figure.words(before) + " → " + figure.words(after);
    }

    /** The figures that differ between two contents of a version, in the figures' order. */
    static List<FigureChange> between(StandardContent before, StandardContent after) {
        return Arrays.stream(Figure.values()).filter(f -> !Objects.equals(f.of(before), f.of(after)))
                .map(f -> new FigureChange(f, f.of(before), f.of(after))).toList();
    }

    /** Whether the change closed the version to new starts: its status became retired or withdrawn, or a date was set. */
    public boolean retires() {
        return switch (figure) {
            case STATUS -> after != null && (after.toLowerCase(Locale.UK).contains("retired")
                    || after.toLowerCase(Locale.UK).contains("withdrawn"));
            case RETIRED_ON -> after != null;
            default -> false;
        };
    }
}
