package waypoint.organisation;

import java.util.UUID;
import waypoint.shared.ids.TypedId;

/**
 * Which learners someone may see: everyone (administrators and provider-wide roles), a tutor's caseload, an
 * employer's apprentices, only themselves, or nobody. Decided by the learner policy; other modules use it to
 * narrow their own lists.
 */
public record LearnerScope(Kind kind, UUID id) {

    public enum Kind {
        EVERYONE, CASELOAD, EMPLOYER, SELF, NOBODY
    }

    public static LearnerScope everyone() {
        return new LearnerScope(Kind.EVERYONE, null);
    }

    public static LearnerScope caseloadOf(StaffMemberId tutorStaffId) {
        return new LearnerScope(Kind.CASELOAD, tutorStaffId.value());
    }

    public static LearnerScope apprenticesOf(EmployerId employerId) {
        return new LearnerScope(Kind.EMPLOYER, employerId.value());
    }

    public static LearnerScope self(LearnerId learnerId) {
        return new LearnerScope(Kind.SELF, learnerId.value());
    }

    public static LearnerScope nobody() {
        return new LearnerScope(Kind.NOBODY, null);
    }

    /** Whether a learner with this id, employer and tutor is in the scope. */
    public boolean includes(LearnerId learnerId, EmployerId employerId, StaffMemberId tutorStaffId) {
        return switch (kind) {
            case EVERYONE -> true;
            case CASELOAD -> id.equals(TypedId.valueOf(tutorStaffId));
            case EMPLOYER -> id.equals(TypedId.valueOf(employerId));
            case SELF -> id.equals(TypedId.valueOf(learnerId));
            case NOBODY -> false;
        };
    }
}
