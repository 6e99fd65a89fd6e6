package waypoint.catalogue;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** One version of one standard: what an apprenticeship pins when it starts. */
public record StandardVersionId(@JsonValue UUID value) {

    public StandardVersionId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
