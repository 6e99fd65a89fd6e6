package waypoint.enrolment.internal.onboarding;

import java.time.Instant;
import java.util.List;

/** One saved version of a training plan, exactly as written (its heading too): it never changes once saved. */
public record PlanVersion(int number, PlanHeading heading, PlanContent content, String canonicalText, String sha256, List<String> changes,
        Instant createdAt) {

    public PlanVersion {
        changes = List.copyOf(changes);
    }
}
