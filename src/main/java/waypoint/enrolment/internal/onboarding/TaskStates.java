package waypoint.enrolment.internal.onboarding;

import java.util.EnumMap;
import java.util.Map;

/**
 * Each task's state from what has been done (not started, in progress, completed, cannot start yet). A task whose
 * prerequisites ({@link OnboardingTask#after()}) are not all completed cannot start yet, unless work on it has already
 * begun: work is never hidden.
 */
public final class TaskStates {

    private TaskStates() {
    }

    public static Map<OnboardingTask, TaskState> of(OnboardingFacts facts) {
        Map<OnboardingTask, TaskState> own = new EnumMap<>(OnboardingTask.class);
        for (OnboardingTask task : OnboardingTask.values()) {
            own.put(task, ownState(task, facts));
        }
        Map<OnboardingTask, TaskState> states = new EnumMap<>(OnboardingTask.class);
        for (OnboardingTask task : OnboardingTask.values()) {
            boolean ready = task.after().stream().allMatch(before -> own.get(before) == TaskState.COMPLETED);
            TaskState state = own.get(task);
            states.put(task, !ready && state == TaskState.NOT_STARTED ? TaskState.CANNOT_START_YET : state);
        }
        return states;
    }

    public static boolean allCompleted(Map<OnboardingTask, TaskState> states) {
        return states.values().stream().allMatch(state -> state == TaskState.COMPLETED);
    }

    private static TaskState ownState(OnboardingTask task, OnboardingFacts facts) {
        return switch (task) {
            case PRE_START_MEETING, ELIGIBILITY, START_UP_MEETING -> formState(facts.formTasks().get(task));
            case INITIAL_ASSESSMENT -> {
                Boolean marked = facts.formTasks().get(task);
                if (Boolean.TRUE.equals(marked) && facts.englishAndMathsSettled()) {
                    yield TaskState.COMPLETED;
                }
                yield marked != null || facts.initialAssessmentStarted() ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
            }
            case SKILLS_SCAN -> facts.ksbs() > 0 && facts.learnerRatings() >= facts.ksbs()
                    && facts.employerRatings() >= facts.ksbs()
                    ? TaskState.COMPLETED
                    : facts.learnerRatings() + facts.employerRatings() > 0 ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
            case PRIOR_LEARNING -> facts.priorLearningDecided() ? TaskState.COMPLETED
                    : facts.priorLearningApplied() ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
            case TRAINING_PLAN -> facts.planVersion() > 0 ? TaskState.COMPLETED : TaskState.NOT_STARTED;
            case INDUCTION -> {
                Boolean marked = facts.formTasks().get(task);
                if (Boolean.TRUE.equals(marked) && facts.declarationSigned()) {
                    yield TaskState.COMPLETED;
                }
                yield marked != null || facts.declarationSigned() ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
            }
            case SIGNATURES -> facts.planVersion() > 0 && facts.planSignedBy().containsAll(java.util.EnumSet.allOf(Party.class))
                    ? TaskState.COMPLETED
                    : facts.planVersion() > 0 && !facts.planSignedBy().isEmpty() ? TaskState.IN_PROGRESS
                    : TaskState.NOT_STARTED;
        };
    }

    private static TaskState formState(Boolean completed) {
        if (completed == null) {
            return TaskState.NOT_STARTED;
        }
        return completed ? TaskState.COMPLETED : TaskState.IN_PROGRESS;
    }
}
