package waypoint.review.internal;

import java.util.List;

/**
 * The sections of a review record the provider writes in (a template the provider may adjust). The default covers the
 * learner handbook (work done, priorities and projects, support needs, English and maths, health and safety) and the
 * funding rules (off-the-job training agreed and evidenced, concerns and changes of circumstance;
 * docs/domain/funding-rules.md, Progress reviews). The self-reflection, progress since the last review, the last
 * actions, the targets and the next review's date are always part of the record, outside the template.
 */
public record ReviewTemplate(List<Section> sections) {

    public record Section(String key, String heading, String hint) {
    }

    public static ReviewTemplate standard() {
        return new ReviewTemplate(List.of(
                new Section("workCompleted", "Work completed", "What the apprentice has done since the last review"),
                new Section("priorities", "Current work priorities and projects", ""),
                new Section("offTheJob", "Off-the-job training agreed and evidenced",
                        "Including any slippage against the planned hours and how it will be made up"),
                new Section("supportNeeds", "Additional learning and support needs", ""),
                new Section("englishAndMaths", "English and maths progress and functional skills status", ""),
                new Section("healthAndSafety",
                        "Health and safety, safeguarding and Prevent, equality and diversity, wellbeing", ""),
                new Section("employerView", "The employer's view of progress", ""),
                new Section("circumstances", "Changes of circumstance and concerns", "Write “none” if there are none")));
    }
}
