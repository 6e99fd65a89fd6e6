package waypoint.enrolment;

import waypoint.organisation.LearnerId;

/** Published when an apprenticeship is recorded (new, in onboarding, or migrated from another system). */
public record ApprenticeshipCreated(ApprenticeshipId apprenticeshipId, LearnerId learnerId) {
}
