package waypoint.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record as typed, before it is checked: text throughout so that a wrong date is a field error like any other.
 *
 * @param lockVersion the review's version the editor started from: the optimistic lock
 */
public record ReviewDraft(int lockVersion, String heldOn, Map<String, String> sections, List<TargetDraft> targets,
        Map<String, String> actionStatuses, String nextReviewDate) {

    public ReviewDraft {
        heldOn = heldOn == null ? "" : heldOn;
        nextReviewDate = nextReviewDate == null ? "" : nextReviewDate;
        sections = sections == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sections);
        targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
        actionStatuses = actionStatuses == null ? new LinkedHashMap<>() : new LinkedHashMap<>(actionStatuses);
    }

    public record TargetDraft(String title, String targetDate, String ksbs) {

        boolean blank() {
            return (title == null || title.isBlank()) && (targetDate == null || targetDate.isBlank())
                    && (ksbs == null || ksbs.isBlank());
        }
    }

    public static ReviewDraft empty(int lockVersion) {
        return new ReviewDraft(lockVersion, "", Map.of(), List.of(), Map.of(), "");
    }
}
