package waypoint.enrolment;

import java.util.List;
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
public record ApprenticeshipScope(Kind kind, UUID id, Set<ApprenticeshipId> ids, Set<StandardCover> standards) {

    /**
     * {@link #NAMED}: what someone outside the provider is granted (docs/domain/external-access.md): apprenticeships
     * named one by one, and every apprenticeship on a standard.
     */
    public enum Kind {
        EVERYONE, STAFF, EMPLOYER, LEARNER, NAMED, NOBODY
    }

    /** The statuses an assessor's grant covers: at gateway or after (docs/domain/external-access.md). */
    public static final Set<ApprenticeshipStatus> FROM_GATEWAY = java.util.EnumSet.of(ApprenticeshipStatus.GATEWAY,
            ApprenticeshipStatus.END_POINT_ASSESSMENT, ApprenticeshipStatus.COMPLETED);

    /**
     * Every apprenticeship on a standard, new ones too; an assessor's only from gateway on. Kept as the standard, not
     * as its apprenticeships: at 100,000 apprenticeships on one standard, listing them for every request took 50 ms
     * a time and several times a page (docs/performance.md, session 21).
     */
    public record StandardCover(String standardReference, boolean fromGatewayOnly) {

        boolean covers(String standard, ApprenticeshipStatus status) {
            return standardReference.equals(standard) && (!fromGatewayOnly || FROM_GATEWAY.contains(status));
        }
    }

    /** The parameter {@link #sqlCondition()} uses; a query adds {@link #sqlParameters()}. */
    public static final String PARAMETER = "apprenticeshipScopeId";
    /** The parameter holding the apprenticeships of a {@link Kind#NAMED} scope. */
    public static final String IDS_PARAMETER = "apprenticeshipScopeIds";
    /** The parameters holding the granted standards of a {@link Kind#NAMED} scope, numbered from 0. */
    public static final String STANDARD_PARAMETER = "apprenticeshipScopeStandard";

    public ApprenticeshipScope {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        standards = standards == null ? Set.of() : Set.copyOf(standards);
    }

    public ApprenticeshipScope(Kind kind, UUID id) {
        this(kind, id, Set.of(), Set.of());
    }

    /** Exactly these apprenticeships, and no others. */
    public static ApprenticeshipScope named(Set<ApprenticeshipId> apprenticeshipIds) {
        return new ApprenticeshipScope(Kind.NAMED, null, apprenticeshipIds, Set.of());
    }

    /** These apprenticeships and those on these standards, and no others. */
    public static ApprenticeshipScope granted(Set<ApprenticeshipId> apprenticeshipIds, Set<StandardCover> standards) {
        return new ApprenticeshipScope(Kind.NAMED, null, apprenticeshipIds, standards);
    }

    /** For a {@link Kind#NAMED} scope: whether it covers this apprenticeship, by what the caller has already read. */
    public boolean covers(ApprenticeshipId apprenticeshipId, String standardReference, ApprenticeshipStatus status) {
        return ids.contains(apprenticeshipId)
                || standards.stream().anyMatch(cover -> cover.covers(standardReference, status));
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
            case NAMED -> namedCondition();
            case NOBODY -> "FALSE";
        };
    }

    public Map<String, Object> sqlParameters() {
        if (kind == Kind.NAMED) {
            Map<String, Object> parameters = new java.util.HashMap<>();
            if (!ids.isEmpty()) {
                parameters.put(IDS_PARAMETER, ids);
            }
            List<StandardCover> covers = orderedStandards();
            for (int i = 0; i < covers.size(); i++) {
                parameters.put(STANDARD_PARAMETER + i, covers.get(i).standardReference());
            }
            return parameters;
        }
        return id == null ? Map.of() : Map.of(PARAMETER, id);
    }

    /** The named apprenticeships, or those on a granted standard (never listed here: read by the query itself). */
    private String namedCondition() {
        List<String> terms = new java.util.ArrayList<>();
        if (!ids.isEmpty()) {
            terms.add("a.id IN (:" + IDS_PARAMETER + ")");
        }
        List<StandardCover> covers = orderedStandards();
        String fromGateway = FROM_GATEWAY.stream().map(status -> "'" + status.name() + "'").sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        // on the apprenticeship's own columns: as a subquery of its own, PostgreSQL could not use the lists' indexes
        // and kept totals when the standard holds most apprenticeships (an inspector's reviews 1.9 s at the reference
        // scale; docs/performance.md, session 21)
        for (int i = 0; i < covers.size(); i++) {
            terms.add("(a.standard_reference = :" + STANDARD_PARAMETER + i + (covers.get(i).fromGatewayOnly()
                    ? " AND a.status IN (" + fromGateway + ")" : "") + ")");
        }
        return terms.isEmpty() ? "FALSE" : "(" + String.join(" OR ", terms) + ")";
    }

    /** The standards in one order, so that the condition and its parameters agree. */
    private List<StandardCover> orderedStandards() {
        return standards.stream().sorted(java.util.Comparator.comparing(StandardCover::standardReference)
                .thenComparing(StandardCover::fromGatewayOnly)).toList();
    }
}
