package waypoint.review.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The sections of a review record the provider writes in (a template the provider may adjust). The default covers the
 * learner handbook (work done, priorities and projects, support needs, English and maths, health and safety) and the
 * funding rules (off-the-job training agreed and evidenced, concerns and changes of circumstance;
 * docs/domain/funding-rules.md, Progress reviews). The self-reflection, progress since the last review, the last
 * actions, the targets and the next review's date are always part of the record, outside the template.
 */
public record ReviewTemplate(List<Section> sections) {

    /** A section of the record: its key (the record's text is kept by it), its heading and a hint for the writer. */
    public record Section(
            @NotNull(message = KEY) @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,39}", message = KEY) String key,
            @NotBlank(message = HEADING) @Size(max = 200, message = HEADING) String heading,
            String hint) {

        public static final String KEY = "Each section needs its own key of letters and digits";
        static final String HEADING = "Enter a heading of 200 characters or fewer";
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
