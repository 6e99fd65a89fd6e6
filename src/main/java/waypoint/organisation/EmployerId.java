package waypoint.organisation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import waypoint.shared.ids.TypedId;

/** The id of an employer the provider works with: what other modules hold to name one. */
public record EmployerId(@JsonValue UUID value) implements TypedId {

    public EmployerId {
        Objects.requireNonNull(value, "value");
    }

    /** The id a text names; a text that is not an id is refused ({@link IllegalArgumentException}). */
    public static EmployerId of(String text) {
        return new EmployerId(TypedId.uuid(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
