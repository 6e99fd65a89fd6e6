package waypoint.reporting.internal.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waypoint.otj.RagStatus;
import waypoint.shared.calendar.WorkingCalendar;

/**
 * The caseload board's "signatures waiting" (docs/domain/accountability.md, "The caseload board"): green while a
 * document waits within the provider's chasing interval in working days, amber once it has waited longer; who is
 * waiting and since when in words.
 */
class SignaturesWaitingTest {

    private final WorkingCalendar calendar = WorkingCalendar.ofShippedFile();
    /** Sent on Monday 7 December 2026. */
    private final LocalDate monday = LocalDate.of(2026, 12, 7);

    private static SignaturesWaiting.Item plan(LocalDate since) {
        return new SignaturesWaiting.Item("Training plan version 2", List.of("Employer"), since);
    }

    @Test
    void nothing_waiting_is_green() {
        assertThat(SignaturesWaiting.judge(List.of(), monday, 3, calendar).rag()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void a_plan_waiting_for_the_employer_is_green_up_to_the_chasing_interval_and_amber_after_it() {
        CaseloadBoard.Signal thursday = SignaturesWaiting.judge(List.of(plan(monday)), monday.plusDays(3), 3,
                calendar);
        assertThat(thursday.rag()).isEqualTo(RagStatus.GREEN);
        assertThat(thursday.words()).isEqualTo("Training plan version 2: waiting for the employer since"
                + " 7 December 2026 (3 working days)");

        CaseloadBoard.Signal friday = SignaturesWaiting.judge(List.of(plan(monday)), monday.plusDays(4), 3, calendar);
        assertThat(friday.rag()).isEqualTo(RagStatus.AMBER);
        assertThat(friday.words()).endsWith("(4 working days)");
    }

    @Test
    void a_weekend_and_bank_holidays_do_not_count() {
        // sent on Wednesday 23 December 2026: Christmas Day and Boxing Day (moved to Monday 28th) and the weekend
        // are not working days, so Tuesday 29 December is only the second working day
        LocalDate wednesday = LocalDate.of(2026, 12, 23);
        CaseloadBoard.Signal signal = SignaturesWaiting.judge(List.of(plan(wednesday)), LocalDate.of(2026, 12, 29),
                3, calendar);
        assertThat(signal.rag()).isEqualTo(RagStatus.GREEN);
        assertThat(signal.words()).endsWith("(2 working days)");
    }

    @Test
    void each_document_waiting_is_named_oldest_first_with_everyone_still_to_sign() {
        CaseloadBoard.Signal signal = SignaturesWaiting.judge(List.of(
                new SignaturesWaiting.Item("Progress review 3", List.of("Apprentice", "Employer", "Tutor"),
                        monday.plusDays(1)), plan(monday)), monday.plusDays(1), 3, calendar);
        assertThat(signal.words()).isEqualTo("Training plan version 2: waiting for the employer since 7 December 2026"
                + " (1 working day); Progress review 3: waiting for the apprentice, the employer and the tutor since"
                + " 8 December 2026 (0 working days)");
    }
}
