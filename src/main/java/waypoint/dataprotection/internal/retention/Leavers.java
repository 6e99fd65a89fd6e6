package waypoint.dataprotection.internal.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.RetentionKind;

/**
 * When a learner's apprenticeships ended, read from the published apprenticeship views (docs/adr/0006): the start of
 * the periods counted per learner (docs/domain/retention.md). An apprenticeship has ended when it is completed or
 * withdrawn; its end is the date of that change.
 */
@Component
class Leavers {

    private static final String ENDED = """
            SELECT a.learner_id, max(e.ended_on) AS ended_on,
                   bool_and(a.status IN ('COMPLETED', 'WITHDRAWN') AND e.ended_on IS NOT NULL) AS all_ended
            """;
    private static final String FROM = """
            FROM enrolment.apprenticeship a
            LEFT JOIN (SELECT apprenticeship_id, max(effective_date) AS ended_on
                       FROM enrolment.apprenticeship_status_change
                       WHERE to_status IN ('COMPLETED', 'WITHDRAWN') GROUP BY apprenticeship_id) e
                   ON e.apprenticeship_id = a.id
            """;

    private final JdbcClient jdbc;

    Leavers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learners whose every apprenticeship ended before {@code day}, not yet done for the kind. */
    List<DataSubject> endedBefore(LocalDate day, RetentionKind kind) {
        List<UUID> learners = jdbc.sql("SELECT a.learner_id " + FROM + """
                WHERE NOT EXISTS (SELECT 1 FROM retention_learner_done d WHERE d.learner_id = a.learner_id
                                  AND d.kind = :kind)
                GROUP BY a.learner_id
                HAVING bool_and(a.status IN ('COMPLETED', 'WITHDRAWN') AND e.ended_on IS NOT NULL)
                   AND max(e.ended_on) < :day
                ORDER BY a.learner_id""").param("kind", kind.name()).param("day", day)
                .query(UUID.class).list();
        List<DataSubject> subjects = new ArrayList<>();
        for (UUID learner : learners) {
            subject(learner).ifPresent(subjects::add);
        }
        return subjects;
    }

    /** Where a learner's apprenticeships are: none ever, one still under way, or all ended (the last on a day). */
    record Ended(boolean anyApprenticeship, LocalDate lastEndedOn) {

        boolean underWay() {
            return anyApprenticeship && lastEndedOn == null;
        }
    }

    Ended of(UUID learnerId) {
        var rows = jdbc.sql(ENDED + FROM + " WHERE a.learner_id = :learner GROUP BY a.learner_id")
                .param("learner", learnerId).query().listOfRows();
        if (rows.isEmpty()) {
            return new Ended(false, null);
        }
        if (!Boolean.TRUE.equals(rows.get(0).get("all_ended"))) {
            return new Ended(true, null);
        }
        Object ended = rows.get(0).get("ended_on");
        return new Ended(true, ended instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) ended);
    }

    boolean done(UUID learnerId, RetentionKind kind) {
        return jdbc.sql("SELECT count(*) FROM retention_learner_done WHERE learner_id = :learner AND kind = :kind")
                .param("learner", learnerId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    void markDone(UUID learnerId, RetentionKind kind, Instant at) {
        jdbc.sql("""
                INSERT INTO retention_learner_done (learner_id, kind, done_at) VALUES (:learner, :kind, :at)
                ON CONFLICT DO NOTHING""").param("learner", learnerId).param("kind", kind.name())
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** The learner's account and apprenticeships, from the published views. */
    Optional<DataSubject> subject(UUID learnerId) {
        Optional<UUID> account = jdbc.sql("SELECT account_id FROM organisation.learner WHERE id = :id")
                .param("id", learnerId).query(UUID.class).optional();
        List<UUID> apprenticeships = jdbc.sql("SELECT id FROM enrolment.apprenticeship WHERE learner_id = :id ORDER BY id")
                .param("id", learnerId).query(UUID.class).list();
        return account.map(a -> new DataSubject(learnerId, a, apprenticeships));
    }
}
