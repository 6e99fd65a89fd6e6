package waypoint.enrolment.internal.apprenticeship;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.ApprenticeshipRecording;

/** Tells the learner's page whether to offer recording an apprenticeship: as {@link ApprenticeshipPolicy} decides. */
@Component
class RecordingApprenticeships implements ApprenticeshipRecording {

    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;

    RecordingApprenticeships(ApprenticeshipPolicy policy, ApprenticeshipViewers viewers) {
        this.policy = policy;
        this.viewers = viewers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRecord(CurrentUser user) {
        return policy.canCreateAny(viewers.of(user));
    }
}
