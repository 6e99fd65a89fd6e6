package waypoint.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record as typed, before it is checked: text throughout so that a wrong date is a field error like any other.
 * The functional skills planned at the review are a level's name ({@code LEVEL_2}) or {@code NONE} (blank: none).
 *
 * @param lockVersion the review's version the editor started from: the optimistic lock
 */
public record ReviewDraft(int lockVersion, String heldOn, Map<String, String> sections, List<TargetDraft> targets,
        Map<String, String> actionStatuses, String nextReviewDate, String functionalSkillsEnglish,
        String functionalSkillsMaths) {

    public ReviewDraft {
        heldOn = heldOn == null ? "" : heldOn;
        nextReviewDate = nextReviewDate == null ? "" : nextReviewDate;
        functionalSkillsEnglish = functionalSkillsEnglish == null ? "" : functionalSkillsEnglish;
        functionalSkillsMaths = functionalSkillsMaths == null ? "" : functionalSkillsMaths;
        sections = sections == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sections);
        targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
        actionStatuses = actionStatuses == null ? new LinkedHashMap<>() : new LinkedHashMap<>(actionStatuses);
    }

    /** A record planning no functional skills qualification. */
    public ReviewDraft(int lockVersion, String heldOn, Map<String, String> sections, List<TargetDraft> targets,
            Map<String, String> actionStatuses, String nextReviewDate) {
        this(lockVersion, heldOn, sections, targets, actionStatuses, nextReviewDate, "", "");
    }

    /** The same answers on another version of the review. */
    public ReviewDraft on(int otherLockVersion) {
        return new ReviewDraft(otherLockVersion, heldOn, sections, targets, actionStatuses, nextReviewDate,
                functionalSkillsEnglish, functionalSkillsMaths);
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
