package waypoint.shared.ids;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.support.SqlValue;

/**
 * The id of an aggregate that people and modules pass around (an apprenticeship, a learner, an employer, a staff
 * member), as a type of its own, so one kind of id cannot be passed where another is wanted. Each is a record
 * wrapping the UUID, declared in the top-level package of the module that owns the aggregate:
 *
 * <pre>{@code
 * public record EmployerId(@JsonValue UUID value) implements TypedId {
 *     public EmployerId { Objects.requireNonNull(value, "value"); }
 *     public static EmployerId of(String text) { return new EmployerId(TypedId.uuid(text)); }
 *     @Override public String toString() { return value.toString(); }
 * }
 * }</pre>
 *
 * The JSON of the API holds the plain UUID ({@code @JsonValue}, read back through the record's constructor), pages
 * write the plain UUID into addresses ({@code toString}), and a path variable or request parameter of any typed id
 * binds through {@link TypedIdConverter}, and an SQL parameter binds the id itself ({@code .param("employer", id)}):
 * it sets its UUID ({@link SqlValue}). See docs/adr/0013.
 */
public interface TypedId extends SqlValue {

    UUID value();

    /** As an SQL parameter (of JdbcClient, JdbcTemplate, a list in {@code IN (:ids)}): the UUID it wraps. */
    @Override
    default void setValue(PreparedStatement statement, int index) throws SQLException {
        statement.setObject(index, value());
    }

    @Override
    default void cleanup() {
    }

    /** The UUID a text names, read as the app reads any id: surrounding spaces ignored, anything else refused. */
    static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No id given");
        }
        return UUID.fromString(text.strip());
    }

    /** The typed id of a UUID that may be null (an empty column): {@code TypedId.of(uuid, EmployerId::new)}. */
    static <T extends TypedId> T of(UUID value, Function<UUID, T> kind) {
        return value == null ? null : kind.apply(value);
    }

    /** The UUID of a typed id that may be null. */
    static UUID valueOf(TypedId id) {
        return id == null ? null : id.value();
    }
}
