package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import waypoint.dataprotection.internal.RequestRefusedException;
import waypoint.dataprotection.internal.SubjectAccessRequest;
import waypoint.dataprotection.internal.SubjectAccessRequest.Flag;

/** The deadline of a subject access request: one calendar month, extendable by two more with a reason, in time. */
class SubjectAccessDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static SubjectAccessRequest receivedOn(LocalDate day) {
        return SubjectAccessRequest.received(UUID.randomUUID(), UUID.randomUUID(), "Ada Apprentice",
                SubjectAccessRequest.Channel.RECORDED_BY_STAFF, null, day, UUID.randomUUID(), "Devi", NOW);
    }

    @ParameterizedTest(name = "received {0}: due {1}")
    @CsvSource({
            "2026-12-01, 2027-01-01",
            "2026-01-31, 2026-02-28", // no 31 February: the last day of the next month
            "2028-01-31, 2028-02-29", // a leap year
            "2026-03-31, 2026-04-30",
            "2026-07-31, 2026-08-31"})
    void a_request_is_due_one_calendar_month_after_it_was_received(LocalDate received, LocalDate due) {
        assertThat(receivedOn(received).dueOn()).isEqualTo(due);
    }

    @Test
    void the_deadline_extends_by_up_to_two_further_months_with_a_reason() {
        SubjectAccessRequest r = receivedOn(LocalDate.of(2026, 11, 10));
        r.extend(1, "Several requests from the same person", LocalDate.of(2026, 11, 20));
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2027, 1, 10));
        r.extend(1, "Still complex", LocalDate.of(2026, 12, 1));
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThatThrownBy(() -> r.extend(1, "More", LocalDate.of(2026, 12, 2)))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("up to 2 months in all");
    }

    @Test
    void an_extension_needs_a_reason_and_must_come_within_the_first_month() {
        SubjectAccessRequest r = receivedOn(LocalDate.of(2026, 11, 10));
        assertThatThrownBy(() -> r.extend(1, " ", LocalDate.of(2026, 11, 20)))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("Say why");
        assertThatThrownBy(() -> r.extend(2, "Complex", LocalDate.of(2026, 12, 11)))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("within it");
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void an_open_request_is_flagged_a_week_before_its_deadline_and_after_it() {
        SubjectAccessRequest r = receivedOn(LocalDate.of(2026, 11, 10));
        assertThat(r.flag(LocalDate.of(2026, 12, 2))).isEqualTo(Flag.ON_TRACK);
        assertThat(r.flag(LocalDate.of(2026, 12, 3))).isEqualTo(Flag.NEAR);
        assertThat(r.flag(LocalDate.of(2026, 12, 10))).isEqualTo(Flag.NEAR);
        assertThat(r.flag(LocalDate.of(2026, 12, 11))).isEqualTo(Flag.PAST);
    }

    @Test
    void a_released_request_is_never_flagged_and_cannot_be_extended() {
        SubjectAccessRequest r = receivedOn(LocalDate.of(2026, 11, 10));
        r.checkIdentity("Signed in", NOW);
        r.startGathering();
        r.finishGathering("{}", NOW);
        r.release("file", 10, "Devi", NOW);
        assertThat(r.flag(LocalDate.of(2027, 3, 1))).isEqualTo(Flag.ON_TRACK);
        assertThatThrownBy(() -> r.extend(1, "Late", LocalDate.of(2026, 11, 20)))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void refusing_in_part_names_the_parts_and_gives_a_reason() {
        SubjectAccessRequest r = receivedOn(LocalDate.of(2026, 11, 10));
        r.checkIdentity("Signed in", NOW);
        r.startGathering();
        r.finishGathering("{}", NOW);
        assertThatThrownBy(() -> r.refuseInPart(List.of(), "why", "f", 1, "Devi", NOW))
                .hasMessageContaining("Choose the parts");
        assertThatThrownBy(() -> r.refuseInPart(List.of("messages"), "", "f", 1, "Devi", NOW))
                .hasMessageContaining("Say why");
        r.refuseInPart(List.of("messages"), "Names a colleague who did not consent", "f", 1, "Devi", NOW);
        assertThat(r.state()).isEqualTo(RequestState.REFUSED_IN_PART);
        assertThat(r.withheld()).containsExactly("messages");
    }
}
