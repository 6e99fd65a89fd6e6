package waypoint.enrolment.internal.onboarding;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The onboarding tasks in the order the learner handbook walks through them (“How will my apprenticeship progress?”:
 * the employer pre-start meeting, the start-up meeting, initial assessment and skills scan, the Individual Learning
 * Plan, induction; Waypoint adds eligibility, prior learning and the signatures), and which tasks must be completed
 * before each can start. This table is the whole dependency rule.
 */
public enum OnboardingTask {
    PRE_START_MEETING("pre-start-meeting", "Employer pre-start meeting", Set.of()),
    ELIGIBILITY("eligibility", "Eligibility", Set.of()),
    INITIAL_ASSESSMENT("initial-assessment", "Initial assessment", Set.of()),
    SKILLS_SCAN("skills-scan", "Skills scan", Set.of()),
    // The skills scan feeds prior learning: what the learner already knows is where a claim starts.
    PRIOR_LEARNING("prior-learning", "Recognition of prior learning", Set.of("SKILLS_SCAN")),
    // The plan takes the assessments into account (the learner handbook: the ILP "will take into consideration the
    // results of your initial assessment and skills scan"), and prior learning reduces its off-the-job hours.
    TRAINING_PLAN("training-plan", "Training plan", Set.of("INITIAL_ASSESSMENT", "SKILLS_SCAN", "PRIOR_LEARNING")),
    // The start-up meeting follows the pre-start meeting (the learner handbook: "Once we have agreed the correct
    // apprenticeship standard for you, we will arrange an apprenticeship start up meeting").
    START_UP_MEETING("start-up-meeting", "Apprenticeship start-up meeting", Set.of("PRE_START_MEETING")),
    INDUCTION("induction", "Induction", Set.of()),
    SIGNATURES("signatures", "Sign the training plan", Set.of("TRAINING_PLAN"));

    private final String slug;
    private final String title;
    private final Set<String> after;

    OnboardingTask(String slug, String title, Set<String> after) {
        this.slug = slug;
        this.title = title;
        this.after = after;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The tasks that must be completed before this one can start. */
    public Set<OnboardingTask> after() {
        return after.stream().map(OnboardingTask::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    public static Optional<OnboardingTask> ofSlug(String slug) {
        return Arrays.stream(values()).filter(task -> task.slug.equals(slug)).findFirst();
    }
}
