package waypoint.enrolment.internal.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.identity.CurrentUser;

/**
 * The task list of one apprenticeship's onboarding, and the start: when every task is completed and the latest training
 * plan is signed by all three parties, staff start the apprenticeship (docs/domain/enrolment.md, Starting), and it is
 * In learning.
 */
@Service
public class OnboardingService {

    private final OnboardingPolicy policy;
    private final OnboardingProgress progress;
    private final ApprenticeshipLifecycle lifecycle;
    private final Clock clock;

    OnboardingService(OnboardingPolicy policy, OnboardingProgress progress, ApprenticeshipLifecycle lifecycle,
            Clock clock) {
        this.policy = policy;
        this.progress = progress;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The task list as a person sees it, with what they themselves may do. */
    public record TaskList(ApprenticeshipSummary apprenticeship, Map<OnboardingTask, TaskState> states,
            boolean mayManage, boolean isLearner, boolean isEmployer) {

        public List<OnboardingTask> tasks() {
            return List.of(OnboardingTask.values());
        }

        public TaskState state(OnboardingTask task) {
            return states.get(task);
        }

        public long completed() {
            return states.values().stream().filter(s -> s == TaskState.COMPLETED).count();
        }

        public boolean readyToStart() {
            return apprenticeship.status() == ApprenticeshipStatus.ONBOARDING && TaskStates.allCompleted(states);
        }
    }

    @Transactional(readOnly = true)
    public TaskList taskList(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return new TaskList(apprenticeship, progress.states(apprenticeship), policy.canManage(user, apprenticeship),
                policy.isLearner(user, apprenticeship), policy.isEmployer(user, apprenticeship));
    }

    /**
     * Starts the apprenticeship on the date the person confirms it actually started: refused, naming what is left,
     * until every task is completed. The apprenticeship takes that date as its start date; it cannot be in the future.
     */
    @Transactional
    public ApprenticeshipSummary start(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate actualStart) {
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, apprenticeshipId);
        if (apprenticeship.status() != ApprenticeshipStatus.ONBOARDING) {
            throw new OnboardingStepRefusedException("The apprenticeship is " + apprenticeship.status().words()
                    .toLowerCase() + ", not onboarding, so it cannot be started");
        }
        Map<OnboardingTask, TaskState> states = progress.states(apprenticeship);
        List<String> left = states.entrySet().stream().filter(e -> e.getValue() != TaskState.COMPLETED)
                .map(e -> e.getKey().title().toLowerCase() + " (" + e.getValue().words().toLowerCase() + ")")
                .toList();
        if (!left.isEmpty()) {
            throw new OnboardingStepRefusedException("The apprenticeship cannot start until every onboarding task is"
                    + " completed. Still to complete: " + String.join(", ", left));
        }
        return lifecycle.start(user, apprenticeshipId, actualStart);
    }

    /** The start date to suggest: the planned start, or today when that is still to come. */
    public LocalDate suggestedStart(ApprenticeshipSummary apprenticeship) {
        LocalDate today = LocalDate.now(clock);
        return apprenticeship.startDate() == null || apprenticeship.startDate().isAfter(today) ? today
                : apprenticeship.startDate();
    }
}
