package waypoint.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apprentices a form lets someone choose: apprenticeships not yet ended (onboarding to end-point assessment)
 * within what the person may see. A form lists them all while they are few (a tutor's caseload, an apprentice's own);
 * someone who sees the whole provider (100,000 at the reference scale) searches by name or ULN instead, and is shown
 * a handful of matches. Which scope is the caller's to ask {@link ApprenticeshipAccess}; these reads authorise nothing.
 */
@Service
public class ApprenticeFinder {

    private static final String ACTIVE = "a.status IN ('ONBOARDING', 'IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY',"
            + " 'END_POINT_ASSESSMENT')";
    /** By learner name, as the index on the learner's name reads them (so a common name stops at the first matches). */
    private static final String BY_NAME = " ORDER BY lower(l.full_name), l.id, a.id";

    private final JdbcClient jdbc;

    ApprenticeFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every active apprenticeship in the scope, by learner name, when there are at most {@code most}; otherwise none,
     * and the form asks for a search. Only {@code most + 1} ids are read to tell, never the whole provider.
     */
    @Transactional(readOnly = true)
    public Optional<List<ApprenticeshipSummary>> allIfAtMost(ApprenticeshipScope scope, int most) {
        List<UUID> ids = jdbc.sql("SELECT a.id FROM apprenticeship a WHERE " + ACTIVE + " AND " + scope.sqlCondition()
                        + " LIMIT :most").params(scope.sqlParameters()).param("most", most + 1)
                .query(UUID.class).list();
        if (ids.size() > most) {
            return Optional.empty();
        }
        return Optional.of(ids.isEmpty() ? List.of() : jdbc.sql(Apprenticeships.SELECT + " WHERE a.id IN (:ids)"
                + BY_NAME).param("ids", ids).query(Apprenticeships::summary).list());
    }

    /**
     * The active apprenticeships in the scope whose learner's name contains the words typed (in any case), or whose
     * ULN they are, by learner name: at most {@code most}. Nothing typed matches nothing.
     */
    @Transactional(readOnly = true)
    public List<ApprenticeshipSummary> matching(ApprenticeshipScope scope, String typed, int most) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(Apprenticeships.SELECT + " WHERE " + ACTIVE + " AND " + scope.sqlCondition()
                        + " AND (l.full_name ILIKE :name ESCAPE '\\' OR l.uln = :uln)" + BY_NAME + " LIMIT :most")
                .params(scope.sqlParameters()).param("name", pattern).param("uln", text.replace(" ", ""))
                .param("most", most).query(Apprenticeships::summary).list();
    }

    /** The active apprenticeship, if it is within the scope: what a form accepts as chosen. */
    @Transactional(readOnly = true)
    public Optional<ApprenticeshipSummary> activeWithin(ApprenticeshipScope scope, ApprenticeshipId id) {
        return jdbc.sql(Apprenticeships.SELECT + " WHERE a.id = :chosen AND " + ACTIVE + " AND "
                + scope.sqlCondition()).params(scope.sqlParameters()).param("chosen", id.value())
                .query(Apprenticeships::summary).optional();
    }
}
