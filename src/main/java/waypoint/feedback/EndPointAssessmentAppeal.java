package waypoint.feedback;

import java.time.LocalDate;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.organisation.LearnerId;

/**
 * An appeal to the end-point assessment organisation against an EPA result, as the epa module records it (the complaints policy,
 * “Assessment and Accreditation”: apprentices and employers “can appeal directly to the end point assessment
 * organisation following their published appeals/complaints process”). Raised as an assessment appeal by
 * {@link EndPointAssessmentAppeals}; {@code appealBy} is the last day of the EPAO's window, as the epa settings give it.
 * {@code appellant} is who lodged it: the apprentice, or their employer, who is then sent the decision as well as the
 * apprentice (docs/domain/complaints-policy.md, Assessment appeals).
 */
public record EndPointAssessmentAppeal(ApprenticeshipId apprenticeshipId, LearnerId learnerId, String epaoName,
        String method, String grade, LocalDate assessedOn, LocalDate lodgedOn, LocalDate appealBy, String grounds,
        Appellant appellant) {

    public EndPointAssessmentAppeal {
        appellant = appellant == null ? Appellant.APPRENTICE : appellant;
    }

    /** An appeal the apprentice lodged. */
    public EndPointAssessmentAppeal(ApprenticeshipId apprenticeshipId, LearnerId learnerId, String epaoName,
            String method, String grade, LocalDate assessedOn, LocalDate lodgedOn, LocalDate appealBy, String grounds) {
        this(apprenticeshipId, learnerId, epaoName, method, grade, assessedOn, lodgedOn, appealBy, grounds,
                Appellant.APPRENTICE);
    }

    /**
     * Who lodged the appeal: the apprentice ({@link #APPRENTICE}), or the employer, named, with the email address the
     * decision is sent to (none: a letter by post).
     */
    public record Appellant(ComplainantType type, String name, String email) {

        public static final Appellant APPRENTICE = new Appellant(ComplainantType.LEARNER, null, null);

        public static Appellant employer(String name, String email) {
            return new Appellant(ComplainantType.EMPLOYER, name, email);
        }

        public boolean isEmployer() {
            return type == ComplainantType.EMPLOYER;
        }
    }
}
