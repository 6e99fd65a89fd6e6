package waypoint.reporting.internal.ilr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrFix;
import waypoint.ilr.IlrRuleBook;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.shared.ids.TypedId;

/**
 * The last check of each return, kept (reporting's own tables {@code ilr_check}, {@code ilr_check_learner} and
 * {@code ilr_check_finding}): the return's page reads it a page at a time, filtered by rule and tutor, instead of
 * checking the whole return on every view (docs/domain/ilr.md, "Checking a return before upload"). A tutor's scope is
 * the learners of their apprenticeships, read from the view enrolment publishes (docs/adr/0006).
 */
@Repository
class IlrKeptChecks {

    /** The check kept for a year and period: when, by whom, and the whole return's counts. */
    record Kept(UUID id, IlrYear year, ReturnPeriod period, Instant checkedAt, UUID checkedBy, String checkedByName,
                int learners, int errors, int warnings) {
    }

    /** One learner as checked: their reference number, who in Waypoint and the name to show. */
    record CheckedLearner(String learnRefNumber, UUID learnerId, String name) {
    }

    /** One finding as kept, with the learner and apprenticeship its fix link is read for. */
    record KeptFinding(IlrFinding finding, UUID learnerId, ApprenticeshipId apprenticeshipId, String learnerName,
                       boolean acrossLearners) {
    }

    /** Counts within a scope. */
    record Counts(long learners, long errors, long warnings) {
    }

    private static final String IN_TUTOR_SCOPE = " AND (CAST(:tutor AS uuid) IS NULL OR learner_id IN"
            + " (SELECT learner_id FROM enrolment.apprenticeship WHERE tutor_id = CAST(:tutor AS uuid)))";

    /** One learner's problems only, from the caseload board's link; all of them when no learner is given. */
    private static final String ONE_LEARNER = " AND (CAST(:learner AS uuid) IS NULL"
            + " OR learner_id = CAST(:learner AS uuid))";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    IlrKeptChecks(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Holds the year and period's check for the rest of the transaction: one check of a return at a time. */
    void lock(IlrYear year, ReturnPeriod period) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "ilr_check " + year.name() + " "
                + period.name()).query((rs, row) -> 1).single();
    }

    Optional<Kept> find(IlrYear year, ReturnPeriod period) {
        return jdbc.sql("SELECT * FROM ilr_check WHERE collection_year = :year AND return_period = :period")
                .param("year", year.name()).param("period", period.number()).query(IlrKeptChecks::read).optional();
    }

    /** A new check of the year and period in place of the one kept (whose learners and findings go with it). */
    UUID replace(IlrYear year, ReturnPeriod period, Instant at, UUID by, String byName) {
        jdbc.sql("DELETE FROM ilr_check WHERE collection_year = :year AND return_period = :period")
                .param("year", year.name()).param("period", period.number()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ilr_check (id, collection_year, return_period, checked_at, checked_by, checked_by_name,
                                       learners, errors, warnings)
                VALUES (:id, :year, :period, :at, :by, :name, 0, 0, 0)""")
                .param("id", id).param("year", year.name()).param("period", period.number())
                .param("at", Timestamp.from(at)).param("by", by).param("name", clip(byName)).update();
        return id;
    }

    void addLearners(UUID checkId, List<CheckedLearner> learners) {
        batches.batchUpdate("""
                INSERT INTO ilr_check_learner (check_id, learn_ref_number, learner_id, name) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", learners, learners.size(), (ps, l) -> {
            ps.setObject(1, checkId);
            ps.setString(2, l.learnRefNumber());
            ps.setObject(3, l.learnerId());
            ps.setString(4, clip(l.name()));
        });
    }

    void addFindings(UUID checkId, List<KeptFinding> findings) {
        batches.batchUpdate("""
                INSERT INTO ilr_check_finding (check_id, learn_ref_number, learner_id, apprenticeship_id, learner_name,
                                               rule, severity_rank, aim_seq_number, field, message, fix,
                                               across_learners)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, findings.size(), (ps, k) -> {
            IlrFinding f = k.finding();
            ps.setObject(1, checkId);
            ps.setString(2, f.learnRefNumber() == null ? "" : f.learnRefNumber());
            ps.setObject(3, k.learnerId());
            ps.setObject(4, TypedId.valueOf(k.apprenticeshipId()));
            ps.setString(5, clip(k.learnerName()));
            // Waypoint's own warnings (an aim left out of the file) have no official rule: kept as ''
            ps.setString(6, f.rule() == null ? "" : f.rule());
            ps.setShort(7, (short) (f.isError() ? 0 : 1));
            ps.setObject(8, f.aimSeqNumber());
            ps.setString(9, f.field() == null ? null : f.field().substring(0, Math.min(100, f.field().length())));
            ps.setString(10, f.message() == null ? "" : f.message());
            ps.setString(11, f.fix() == null ? null : f.fix().name());
            ps.setBoolean(12, k.acrossLearners());
        });
    }

    /** The learner checked under a reference number, for a finding of a rule across learners. */
    Optional<CheckedLearner> learner(UUID checkId, String learnRefNumber) {
        return jdbc.sql("""
                SELECT learn_ref_number, learner_id, name FROM ilr_check_learner
                WHERE check_id = :check AND learn_ref_number = :ref""").param("check", checkId)
                .param("ref", learnRefNumber).query(CheckedLearner.class).optional();
    }

    /** Takes one learner out of the check, with their findings except those of the rules across learners. */
    void removeLearner(UUID checkId, UUID learnerId) {
        jdbc.sql("DELETE FROM ilr_check_finding WHERE check_id = :check AND learner_id = :learner AND NOT across_learners")
                .param("check", checkId).param("learner", learnerId).update();
        jdbc.sql("DELETE FROM ilr_check_learner WHERE check_id = :check AND learner_id = :learner")
                .param("check", checkId).param("learner", learnerId).update();
    }

    /** The whole check's counts, once its learners and findings are in (or one learner's have been replaced). */
    void recount(UUID checkId) {
        jdbc.sql("""
                UPDATE ilr_check SET
                    learners = (SELECT count(*) FROM ilr_check_learner WHERE check_id = :check),
                    errors = (SELECT count(*) FROM ilr_check_finding WHERE check_id = :check AND severity_rank = 0),
                    warnings = (SELECT count(*) FROM ilr_check_finding WHERE check_id = :check AND severity_rank = 1)
                WHERE id = :check""").param("check", checkId).update();
    }

    /** The counts of a tutor's learners in a check. */
    Counts counts(UUID checkId, UUID tutor) {
        long learners = jdbc.sql("SELECT count(*) FROM ilr_check_learner WHERE check_id = :check" + IN_TUTOR_SCOPE)
                .param("check", checkId).param("tutor", tutor).query(Long.class).single();
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE severity_rank = 0), count(*) FILTER (WHERE severity_rank = 1)
                FROM ilr_check_finding WHERE check_id = :check""" + IN_TUTOR_SCOPE).param("check", checkId)
                .param("tutor", tutor).query((rs, n) -> new Counts(learners, rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * The official rules found in the scope, to filter by. For the whole return, one step along the index by rule
     * for each rule found (a handful), instead of reading every finding to find the distinct ones.
     */
    List<String> rules(UUID checkId, UUID tutor) {
        if (tutor == null) {
            return jdbc.sql("""
                    WITH RECURSIVE found(rule) AS (
                        (SELECT rule FROM ilr_check_finding WHERE check_id = :check AND rule > '' ORDER BY rule LIMIT 1)
                        UNION ALL
                        SELECT (SELECT f.rule FROM ilr_check_finding f WHERE f.check_id = :check AND f.rule > found.rule
                                ORDER BY f.rule LIMIT 1)
                        FROM found WHERE found.rule IS NOT NULL)
                    SELECT rule FROM found WHERE rule IS NOT NULL ORDER BY rule""")
                    .param("check", checkId).query(String.class).list();
        }
        return jdbc.sql("SELECT DISTINCT rule FROM ilr_check_finding WHERE check_id = :check AND rule <> ''"
                        + IN_TUTOR_SCOPE
                + " ORDER BY rule").param("check", checkId).param("tutor", tutor).query(String.class).list();
    }

    long total(UUID checkId, UUID tutor, String rule, UUID learner) {
        return jdbc.sql("SELECT count(*) FROM ilr_check_finding WHERE check_id = :check"
                        + " AND (CAST(:rule AS varchar) IS NULL OR rule = CAST(:rule AS varchar))" + IN_TUTOR_SCOPE
                        + ONE_LEARNER)
                .param("check", checkId).param("tutor", tutor).param("rule", rule).param("learner", learner)
                .query(Long.class).single();
    }

    /** One page of findings, by learner reference number, errors first, then by rule. */
    List<KeptFinding> page(UUID checkId, UUID tutor, String rule, UUID learner, int number, int size) {
        return jdbc.sql("SELECT * FROM ilr_check_finding WHERE check_id = :check"
                        + " AND (CAST(:rule AS varchar) IS NULL OR rule = CAST(:rule AS varchar))" + IN_TUTOR_SCOPE
                        + ONE_LEARNER + " ORDER BY learn_ref_number, severity_rank, rule, id LIMIT :size OFFSET :skip")
                .param("check", checkId).param("tutor", tutor).param("rule", rule).param("learner", learner)
                .param("size", size)
                .param("skip", (long) number * size).query(IlrKeptChecks::readFinding).list();
    }

    /** One learner's counts in a check, once they have been checked again. */
    Counts learnerCounts(UUID checkId, UUID learnerId) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM ilr_check_learner WHERE check_id = :check AND learner_id = :learner)
                           AS learners,
                       count(*) FILTER (WHERE severity_rank = 0) AS errors,
                       count(*) FILTER (WHERE severity_rank = 1) AS warnings
                FROM ilr_check_finding WHERE check_id = :check AND learner_id = :learner""")
                .param("check", checkId).param("learner", learnerId).query(Counts.class).single();
    }

    /**
     * The errors and warnings found for each of these learners who were checked, in one query: a learner not in the
     * check is absent from the answer (not checked, never "no errors").
     */
    java.util.Map<UUID, Counts> learnersCounts(UUID checkId, java.util.Collection<UUID> learnerIds) {
        java.util.Map<UUID, Counts> counts = new java.util.HashMap<>();
        if (learnerIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT l.learner_id,
                       (SELECT count(*) FROM ilr_check_finding f WHERE f.check_id = l.check_id
                            AND f.learner_id = l.learner_id AND f.severity_rank = 0),
                       (SELECT count(*) FROM ilr_check_finding f WHERE f.check_id = l.check_id
                            AND f.learner_id = l.learner_id AND f.severity_rank = 1)
                FROM ilr_check_learner l
                WHERE l.check_id = :check AND l.learner_id = ANY(:learners)""")
                .param("check", checkId).param("learners", learnerIds.toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), new Counts(1, rs.getLong(2), rs.getLong(3)));
                });
        return counts;
    }

    private static Kept read(ResultSet rs, int row) throws SQLException {
        return new Kept(rs.getObject("id", UUID.class), IlrYear.named(rs.getString("collection_year")),
                new ReturnPeriod(rs.getInt("return_period")), rs.getTimestamp("checked_at").toInstant(),
                rs.getObject("checked_by", UUID.class), rs.getString("checked_by_name"), rs.getInt("learners"),
                rs.getInt("errors"), rs.getInt("warnings"));
    }

    private static KeptFinding readFinding(ResultSet rs, int row) throws SQLException {
        String ref = rs.getString("learn_ref_number");
        Integer aim = (Integer) rs.getObject("aim_seq_number");
        String fix = rs.getString("fix");
        String rule = rs.getString("rule");
        IlrFinding finding = new IlrFinding(rule == null || rule.isEmpty() ? null : rule,
                rs.getShort("severity_rank") == 0 ? IlrRuleBook.Severity.ERROR : IlrRuleBook.Severity.WARNING,
                ref == null || ref.isEmpty() ? null : ref, aim, rs.getString("field"), rs.getString("message"),
                fix == null ? null : IlrFix.valueOf(fix));
        return new KeptFinding(finding, rs.getObject("learner_id", UUID.class),
                TypedId.of(rs.getObject("apprenticeship_id", UUID.class), ApprenticeshipId::new),
                rs.getString("learner_name"),
                rs.getBoolean("across_learners"));
    }

    private static String clip(String text) {
        return text == null ? null : text.substring(0, Math.min(200, text.length()));
    }
}
