package waypoint.enrolment;

import java.util.UUID;

import waypoint.organisation.LearnerId;

/** Published when an apprenticeship is recorded (new, in onboarding, or migrated from another system). */
public record ApprenticeshipCreated(UUID apprenticeshipId, LearnerId learnerId) {
}
