package waypoint.enrolment;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/**
 * Which apprenticeships someone may see: every one (administrators and provider-wide roles), those a member of staff
 * works on (as tutor or in another part), an employer's, a learner's own, or none. Decided by
 * {@link ApprenticeshipAccess}; other modules narrow their own lists with {@link #sqlCondition()}.
 */
public record ApprenticeshipScope(Kind kind, UUID id, Set<ApprenticeshipId> ids) {

    /** {@link #NAMED}: a set of apprenticeships, as someone outside the provider is granted (docs/domain/external-access.md). */
    public enum Kind {
        EVERYONE, STAFF, EMPLOYER, LEARNER, NAMED, NOBODY
    }

    /** The parameter {@link #sqlCondition()} uses; a query adds {@link #sqlParameters()}. */
    public static final String PARAMETER = "apprenticeshipScopeId";
    /** The parameter holding the apprenticeships of a {@link Kind#NAMED} scope. */
    public static final String IDS_PARAMETER = "apprenticeshipScopeIds";

    public ApprenticeshipScope {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    public ApprenticeshipScope(Kind kind, UUID id) {
        this(kind, id, Set.of());
    }

    /** Exactly these apprenticeships, and no others. */
    public static ApprenticeshipScope named(Set<ApprenticeshipId> apprenticeshipIds) {
        return new ApprenticeshipScope(Kind.NAMED, null, apprenticeshipIds);
    }

    public static ApprenticeshipScope everyone() {
        return new ApprenticeshipScope(Kind.EVERYONE, null);
    }

    public static ApprenticeshipScope workedOnBy(StaffMemberId staffId) {
        return new ApprenticeshipScope(Kind.STAFF, staffId.value());
    }

    public static ApprenticeshipScope ofEmployer(EmployerId employerId) {
        return new ApprenticeshipScope(Kind.EMPLOYER, employerId.value());
    }

    public static ApprenticeshipScope ofLearner(LearnerId learnerId) {
        return new ApprenticeshipScope(Kind.LEARNER, learnerId.value());
    }

    public static ApprenticeshipScope nobody() {
        return new ApprenticeshipScope(Kind.NOBODY, null);
    }

    /**
     * The condition on table {@code apprenticeship} under alias {@code a}, for a WHERE clause:
     * {@code "... FROM apprenticeship a WHERE " + scope.sqlCondition()}, with {@link #sqlParameters()}.
     */
    public String sqlCondition() {
        return switch (kind) {
            case EVERYONE -> "TRUE";
            // a set of ids, not "tutor OR other staff": PostgreSQL cannot use an index for the OR, and at 100,000
            // apprenticeships a caseload query then read every off-the-job entry (3 s instead of 3 ms)
            case STAFF -> "a.id IN (SELECT scope_a.id FROM apprenticeship scope_a WHERE scope_a.tutor_id = :"
                    + PARAMETER + " UNION ALL SELECT scope_s.apprenticeship_id FROM apprenticeship_staff scope_s"
                    + " WHERE scope_s.staff_id = :" + PARAMETER + ")";
            case EMPLOYER -> "a.employer_id = :" + PARAMETER;
            case LEARNER -> "a.learner_id = :" + PARAMETER;
            case NAMED -> ids.isEmpty() ? "FALSE" : "a.id IN (:" + IDS_PARAMETER + ")";
            case NOBODY -> "FALSE";
        };
    }

    public Map<String, Object> sqlParameters() {
        if (kind == Kind.NAMED) {
            return ids.isEmpty() ? Map.of() : Map.of(IDS_PARAMETER, ids);
        }
        return id == null ? Map.of() : Map.of(PARAMETER, id);
    }
}
