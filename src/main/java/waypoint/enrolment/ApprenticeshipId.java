package waypoint.enrolment;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import waypoint.shared.ids.TypedId;

/** The id of one apprenticeship: what other modules hold to name one. */
public record ApprenticeshipId(@JsonValue UUID value) implements TypedId {

    public ApprenticeshipId {
        Objects.requireNonNull(value, "value");
    }

    /** The id a text names; a text that is not an id is refused ({@link IllegalArgumentException}). */
    public static ApprenticeshipId of(String text) {
        return new ApprenticeshipId(TypedId.uuid(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
