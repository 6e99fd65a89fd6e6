package waypoint.enrolment.internal.onboarding;

import java.time.LocalDate;
import java.util.List;

/**
 * A target on the training plan: what, by when, and which KSBs of the standard it works towards (the learner handbook,
 * Induction).
 */
public record Milestone(String title, LocalDate targetDate, List<String> ksbs) {

    public Milestone {
        title = title == null ? "" : title.strip();
        ksbs = ksbs == null ? List.of() : List.copyOf(ksbs);
    }
}
