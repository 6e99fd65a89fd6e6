package waypoint.organisation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import waypoint.shared.ids.TypedId;

/** The id of a member of the provider's staff (not their sign-in account): what other modules hold to name one. */
public record StaffMemberId(@JsonValue UUID value) implements TypedId {

    public StaffMemberId {
        Objects.requireNonNull(value, "value");
    }

    /** The id a text names; a text that is not an id is refused ({@link IllegalArgumentException}). */
    public static StaffMemberId of(String text) {
        return new StaffMemberId(TypedId.uuid(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
