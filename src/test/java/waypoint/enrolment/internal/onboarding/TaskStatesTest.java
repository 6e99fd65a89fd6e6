package waypoint.enrolment.internal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each onboarding task's state from what has been done (not started, in progress, completed, cannot start yet). */
class TaskStatesTest {

    /** A builder over the facts, starting from nothing done for a standard with 10 KSBs. */
    private static final class Done {
        Map<OnboardingTask, Boolean> forms = new HashMap<>();
        boolean settled;
        boolean assessmentStarted;
        int learnerRatings;
        int employerRatings;
        boolean applied;
        boolean decided;
        int planVersion;
        Set<Party> signedBy = EnumSet.noneOf(Party.class);
        boolean declaration;

        Done form(OnboardingTask task, boolean completed) {
            forms.put(task, completed);
            return this;
        }

        Map<OnboardingTask, TaskState> states() {
            return TaskStates.of(new OnboardingFacts(forms, settled, assessmentStarted, 10, learnerRatings,
                    employerRatings, applied, decided, planVersion, signedBy, declaration));
        }

        Done everything() {
            for (OnboardingTask task : FormTasksList.ALL) {
                form(task, true);
            }
            settled = true;
            assessmentStarted = true;
            learnerRatings = 10;
            employerRatings = 10;
            applied = true;
            decided = true;
            planVersion = 1;
            signedBy = EnumSet.allOf(Party.class);
            declaration = true;
            return this;
        }
    }

    private static final class FormTasksList {
        static final Set<OnboardingTask> ALL = EnumSet.of(OnboardingTask.PRE_START_MEETING, OnboardingTask.ELIGIBILITY,
                OnboardingTask.INITIAL_ASSESSMENT, OnboardingTask.START_UP_MEETING, OnboardingTask.INDUCTION);
    }

    @Test
    void with_nothing_done_tasks_with_earlier_tasks_cannot_start_yet_and_the_rest_are_not_started() {
        Map<OnboardingTask, TaskState> states = new Done().states();

        assertThat(states).containsEntry(OnboardingTask.PRE_START_MEETING, TaskState.NOT_STARTED)
                .containsEntry(OnboardingTask.ELIGIBILITY, TaskState.NOT_STARTED)
                .containsEntry(OnboardingTask.INITIAL_ASSESSMENT, TaskState.NOT_STARTED)
                .containsEntry(OnboardingTask.SKILLS_SCAN, TaskState.NOT_STARTED)
                .containsEntry(OnboardingTask.PRIOR_LEARNING, TaskState.CANNOT_START_YET)
                .containsEntry(OnboardingTask.TRAINING_PLAN, TaskState.CANNOT_START_YET)
                .containsEntry(OnboardingTask.START_UP_MEETING, TaskState.CANNOT_START_YET)
                .containsEntry(OnboardingTask.INDUCTION, TaskState.NOT_STARTED)
                .containsEntry(OnboardingTask.SIGNATURES, TaskState.CANNOT_START_YET);
    }

    @Test
    void a_form_saved_for_later_is_in_progress_and_one_marked_complete_is_completed() {
        Map<OnboardingTask, TaskState> states = new Done().form(OnboardingTask.PRE_START_MEETING, false)
                .form(OnboardingTask.ELIGIBILITY, true).states();

        assertThat(states.get(OnboardingTask.PRE_START_MEETING)).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(states.get(OnboardingTask.ELIGIBILITY)).isEqualTo(TaskState.COMPLETED);
        assertThat(states.get(OnboardingTask.START_UP_MEETING)).as("waits for the pre-start meeting")
                .isEqualTo(TaskState.CANNOT_START_YET);
    }

    @Test
    void the_start_up_meeting_can_start_once_the_pre_start_meeting_is_completed() {
        assertThat(new Done().form(OnboardingTask.PRE_START_MEETING, true).states()
                .get(OnboardingTask.START_UP_MEETING)).isEqualTo(TaskState.NOT_STARTED);
    }

    @Test
    void the_initial_assessment_is_completed_only_with_english_and_maths_settled() {
        Done marked = new Done().form(OnboardingTask.INITIAL_ASSESSMENT, true);
        assertThat(marked.states().get(OnboardingTask.INITIAL_ASSESSMENT)).isEqualTo(TaskState.IN_PROGRESS);

        marked.settled = true;
        assertThat(marked.states().get(OnboardingTask.INITIAL_ASSESSMENT)).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void results_alone_put_the_initial_assessment_in_progress() {
        Done results = new Done();
        results.assessmentStarted = true;
        assertThat(results.states().get(OnboardingTask.INITIAL_ASSESSMENT)).isEqualTo(TaskState.IN_PROGRESS);
    }

    @Test
    void the_skills_scan_is_completed_when_both_the_learner_and_the_employer_rated_every_ksb() {
        Done scan = new Done();
        scan.learnerRatings = 10;
        assertThat(scan.states().get(OnboardingTask.SKILLS_SCAN)).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(scan.states().get(OnboardingTask.PRIOR_LEARNING)).isEqualTo(TaskState.CANNOT_START_YET);

        scan.employerRatings = 10;
        assertThat(scan.states().get(OnboardingTask.SKILLS_SCAN)).isEqualTo(TaskState.COMPLETED);
        assertThat(scan.states().get(OnboardingTask.PRIOR_LEARNING)).isEqualTo(TaskState.NOT_STARTED);
    }

    @Test
    void prior_learning_is_in_progress_when_applied_for_and_completed_when_decided() {
        Done rpl = new Done();
        rpl.learnerRatings = 10;
        rpl.employerRatings = 10;
        rpl.applied = true;
        assertThat(rpl.states().get(OnboardingTask.PRIOR_LEARNING)).isEqualTo(TaskState.IN_PROGRESS);
        rpl.decided = true;
        assertThat(rpl.states().get(OnboardingTask.PRIOR_LEARNING)).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void work_already_begun_is_never_hidden_as_cannot_start_yet() {
        Done early = new Done();
        early.applied = true;
        assertThat(early.states().get(OnboardingTask.PRIOR_LEARNING)).isEqualTo(TaskState.IN_PROGRESS);
    }

    @Test
    void the_induction_is_completed_with_its_topics_and_the_signed_declaration() {
        Done induction = new Done().form(OnboardingTask.INDUCTION, true);
        assertThat(induction.states().get(OnboardingTask.INDUCTION)).isEqualTo(TaskState.IN_PROGRESS);
        induction.declaration = true;
        assertThat(induction.states().get(OnboardingTask.INDUCTION)).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void signatures_are_completed_only_when_all_three_parties_signed_the_latest_version() {
        Done signing = new Done().everything();
        signing.signedBy = EnumSet.of(Party.LEARNER, Party.EMPLOYER);
        assertThat(signing.states().get(OnboardingTask.SIGNATURES)).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(TaskStates.allCompleted(signing.states())).isFalse();

        signing.signedBy = EnumSet.allOf(Party.class);
        assertThat(signing.states().get(OnboardingTask.SIGNATURES)).isEqualTo(TaskState.COMPLETED);
        assertThat(TaskStates.allCompleted(signing.states())).isTrue();
    }

    /** Draws the dependency table to docs/workflows/onboarding-tasks.md, which is kept in the repository. */
    @Test
    void the_task_order_is_drawn_as_a_diagram_in_the_docs() throws java.io.IOException {
        StringBuilder diagram = new StringBuilder("""
                # Onboarding tasks

                Drawn from `OnboardingTask` by `TaskStatesTest` (do not edit by hand). An arrow means the task it
                points to cannot start until the other is completed. The apprenticeship starts (in learning) when
                every task is completed: the latest training plan version signed by the apprentice, the employer and
                the provider, and the handbook declaration (part of the induction) signed by the apprentice.

                ```mermaid
                flowchart TD
                """);
        for (OnboardingTask task : OnboardingTask.values()) {
            diagram.append("    ").append(task.name()).append("[\"").append(task.title()).append("\"]\n");
        }
        for (OnboardingTask task : OnboardingTask.values()) {
            task.after().stream().sorted().forEach(before -> diagram.append("    ").append(before.name())
                    .append(" --> ").append(task.name()).append('\n'));
        }
        for (OnboardingTask task : OnboardingTask.values()) {
            diagram.append("    ").append(task.name()).append(" --> START\n");
        }
        diagram.append("    START([\"Start the apprenticeship: in learning\"])\n```\n");
        java.nio.file.Path file = java.nio.file.Path.of("docs/workflows/onboarding-tasks.md");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, diagram.toString());

        assertThat(diagram.toString()).contains("SKILLS_SCAN --> PRIOR_LEARNING")
                .contains("TRAINING_PLAN --> SIGNATURES").contains("PRE_START_MEETING --> START_UP_MEETING");
    }

    @Test
    void with_everything_done_every_task_is_completed() {
        assertThat(new Done().everything().states().values()).containsOnly(TaskState.COMPLETED);
    }
}
