package waypoint.feedback.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.enrolment.Apprenticeships;

/**
 * The complaints policy, surveys “and then again on completion”: when an apprenticeship completes, its apprentice is sent every
 * active completion survey, once (the invitation's key is the template and the learner).
 */
@Component
class CompletionSurveys {

    private final SurveyJobs jobs;
    private final Apprenticeships apprenticeships;

    CompletionSurveys(SurveyJobs jobs, Apprenticeships apprenticeships) {
        this.jobs = jobs;
        this.apprenticeships = apprenticeships;
    }

    @ApplicationModuleListener
    void on(ApprenticeshipStatusChanged changed) {
        if (changed.to() == ApprenticeshipStatus.COMPLETED) {
            apprenticeships.find(changed.apprenticeshipId()).ifPresent(a -> jobs.sendOnCompletion(a.learnerId()));
        }
    }
}
