package waypoint.organisation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import waypoint.shared.ids.TypedId;

/** The id of a learner (the person, who may have several apprenticeships): what other modules hold to name one. */
public record LearnerId(@JsonValue UUID value) implements TypedId {

    public LearnerId {
        Objects.requireNonNull(value, "value");
    }

    /** The id a text names; a text that is not an id is refused ({@link IllegalArgumentException}). */
    public static LearnerId of(String text) {
        return new LearnerId(TypedId.uuid(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
