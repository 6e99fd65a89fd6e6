package waypoint.reporting.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.EqualityCharacteristic;

/**
 * Anonymised equality monitoring: for each characteristic learners declare, how many learners gave each answer and
 * how many of them withdrew, achieved (completed their apprenticeship), complained, or reported unfair treatment or
 * bullying or harassment, so the provider can see whether one group fares differently (the learner handbook, “Equality
 * &amp;
 * Diversity”). Counts only, never names; any count under {@link #SUPPRESS_UNDER} is shown as “fewer than 5” so
 * nobody in a small group can be picked out. Declarations, apprenticeships, complaints and concerns are read from the
 * views their modules publish: one grouped query per characteristic, whatever the number of learners.
 */
@Service
public class EqualityReport {

    public static final int SUPPRESS_UNDER = 5;

    /** The declaration column for each characteristic: fixed names, never from input. */
    private static final Map<EqualityCharacteristic, String> COLUMNS = new EnumMap<>(Map.of(
            EqualityCharacteristic.DISABILITY, "health_declaration", EqualityCharacteristic.ETHNICITY, "ethnicity",
            EqualityCharacteristic.SEX, "sex", EqualityCharacteristic.RELIGION, "religion",
            EqualityCharacteristic.SEXUAL_ORIENTATION, "sexual_orientation"));

    private final JdbcClient jdbc;

    EqualityReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads the equality report: the Reports page lists it for them. */
    public static final Set<Role> READERS = Set.of(Role.QUALITY, Role.DIRECTOR, Role.SAFEGUARDING_LEAD);

    public boolean canRead(CurrentUser user) {
        return READERS.stream().anyMatch(user::has);
    }

    /** A count, or "fewer than 5" when it is under the threshold (zero included: an empty group is a small group). */
    public record Count(long value) {
        public boolean suppressed() {
            return value < SUPPRESS_UNDER;
        }

        public String text() {
            return suppressed() ? "fewer than " + SUPPRESS_UNDER : String.valueOf(value);
        }
    }

    public record Row(String answer, Count learners, Count withdrawn, Count achieved, Count complained,
            Count unfairTreatment, Count bullyingOrHarassment) {
    }

    public record Section(EqualityCharacteristic characteristic, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    public List<Section> report(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Only quality, directors and the safeguarding lead read the equality report");
        }
        return COLUMNS.entrySet().stream().map(e -> new Section(e.getKey(), rows(e.getKey(), e.getValue()))).toList();
    }

    private List<Row> rows(EqualityCharacteristic characteristic, String column) {
        return jdbc.sql("""
                SELECT d.%1$s AS answer, count(*) AS learners,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enrolment.apprenticeship a WHERE a.learner_id = l.id
                                                       AND a.status = 'WITHDRAWN')) AS withdrawn,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enrolment.apprenticeship a WHERE a.learner_id = l.id
                                                       AND a.status = 'COMPLETED')) AS achieved,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM feedback.feedback f WHERE f.learner_id = l.id
                                                       AND f.kind = 'COMPLAINT')) AS complained,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM safeguarding.concern c WHERE c.learner_id = l.id
                                                       AND c.kind = 'UNFAIR_TREATMENT')) AS unfair,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM safeguarding.concern c WHERE c.learner_id = l.id
                                                       AND c.kind = 'BULLYING_OR_HARASSMENT')) AS bullying
                FROM organisation.learner l LEFT JOIN organisation.learner_declaration d ON d.learner_id = l.id
                GROUP BY d.%1$s ORDER BY d.%1$s NULLS LAST""".formatted(column))
                .query((rs, n) -> new Row(characteristic.wordsFor(rs.getString("answer")),
                        new Count(rs.getLong("learners")), new Count(rs.getLong("withdrawn")),
                        new Count(rs.getLong("achieved")), new Count(rs.getLong("complained")),
                        new Count(rs.getLong("unfair")),
                        new Count(rs.getLong("bullying"))))
                .list();
    }
}
