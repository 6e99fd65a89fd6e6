package waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCursorTest {

    @Test
    void a_cursor_reads_back_as_written() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-04-27T09:15:30.123456Z"), 42);
        assertThat(AuditCursor.parse(cursor.toString())).contains(cursor);
    }

    @ParameterizedTest(name = "''{0}'' is not a cursor")
    @ValueSource(strings = {"", "yesterday", "2026-04-27T09:15:30Z", "2026-04-27T09:15:30Z_x", "2026-02-30T09:15:30Z_1"})
    void anything_else_is_not_a_cursor(String text) {
        assertThat(AuditCursor.parse(text)).isEmpty();
    }
}
