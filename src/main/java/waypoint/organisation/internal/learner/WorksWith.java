package waypoint.organisation.internal.learner;

import java.util.UUID;
import waypoint.organisation.EmployerId;

/**
 * Who a learner works with: their employer, line manager and tutor, read from their current apprenticeship, the one
 * record of them (docs/domain/enrolment.md, "Who an apprentice works with"), through the enrolment module's published
 * view {@code learner_apprenticeship}. A learner with no apprenticeship yet works with nobody: no employer sees them
 * and they are on no tutor's caseload. Every query that shows or checks these uses the fragments below, on a learner
 * table aliased {@code l}.
 */
public record WorksWith(EmployerId employerId, UUID lineManagerId, UUID tutorId) {

    /** Joins the learner's current apprenticeship, if any, as {@code r}. */
    public static final String JOIN = "LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id";
    public static final String EMPLOYER = "r.employer_id";
    public static final String TUTOR = "r.tutor_id";
    public static final String LINE_MANAGER = "r.line_manager_id";

    public static WorksWith nobody() {
        return new WorksWith(null, null, null);
    }
}
