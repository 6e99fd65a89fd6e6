package waypoint.organisation.internal.learner;

import java.util.UUID;

/**
 * Who a learner works with: their employer, line manager and tutor, read from their apprenticeship, the one record of
 * them (docs/domain/enrolment.md, "Who an apprentice works with"), through the enrolment module's published view
 * {@code learner_apprenticeship}. A learner with no apprenticeship yet has only what their record was added with.
 * Every query that shows or checks these uses the fragments below, on a learner table aliased {@code l}.
 */
public record WorksWith(UUID employerId, UUID lineManagerId, UUID tutorId) {

    /** Joins the learner's current apprenticeship as {@code r}. */
    public static final String JOIN = "LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id";
    public static final String EMPLOYER = "COALESCE(r.employer_id, l.employer_id)";
    public static final String TUTOR = "COALESCE(r.tutor_id, l.tutor_id)";
    /** The apprenticeship's line manager, even none: it is the one record once there is an apprenticeship. */
    public static final String LINE_MANAGER = "CASE WHEN r.learner_id IS NULL THEN l.line_manager_id"
            + " ELSE r.line_manager_id END";

    /** The learners whose employer is {@code :parameter}, for an IN condition. */
    public static String learnersOfEmployer(String parameter) {
        return "SELECT l.id FROM learner l " + JOIN + " WHERE " + EMPLOYER + " = :" + parameter;
    }

    /** The learners whose tutor is {@code :parameter}, for an IN condition. */
    public static String learnersOfTutor(String parameter) {
        return "SELECT l.id FROM learner l " + JOIN + " WHERE " + TUTOR + " = :" + parameter;
    }
}
