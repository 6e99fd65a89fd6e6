package waypoint.feedback.internal;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.feedback.Outcome;

/**
 * What a step needs, as far as it needs it: the response or reason ({@code text}), how the case ended
 * ({@code outcome}, when closing), the date the complaint in writing was received ({@code receivedOn}, when
 * escalating; today if left out), the new deadline ({@code newDeadline}, when extending), and who takes the case
 * ({@code ownerAccountId}, when escalating or assigning; the stage's usual handler if left out).
 */
public record StepInput(String text, Outcome outcome, LocalDate receivedOn, LocalDate newDeadline,
        UUID ownerAccountId) {

    public static StepInput none() {
        return new StepInput(null, null, null, null, null);
    }
}
