package waypoint.enrolment.internal.onboarding;

/** The onboarding documents people sign. */
public enum Document {
    TRAINING_PLAN,
    /** The learner's declaration at the end of the learner handbook (its “Key contact information & declaration”). */
    HANDBOOK_DECLARATION
}
