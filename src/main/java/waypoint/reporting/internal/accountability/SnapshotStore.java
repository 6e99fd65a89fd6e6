package waypoint.reporting.internal.accountability;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.reporting.internal.TableCopy;

/**
 * The kept accountability figures in reporting's own tables (migration V186): written whole with PostgreSQL's
 * {@code COPY} ({@link TableCopy}: about 100,000 apprenticeships and as many group rows at the reference data set, so
 * never a statement per row), the previous snapshot removed in the same transaction; read a year and a breakdown at a
 * time, and the drill-down a page at a time.
 */
@Component
class SnapshotStore {

    private static final String LOCK = "SELECT %s(hashtext('accountability snapshot'))";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SnapshotStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Takes the calculation's lock for this transaction, if no one else (on any node) holds it. */
    boolean tryLock() {
        return Boolean.TRUE.equals(jdbc.sql(LOCK.formatted("pg_try_advisory_xact_lock")).query(Boolean.class)
                .single());
    }

    /** Waits for the calculation's lock for this transaction. */
    void lock() {
        jdbc.sql(LOCK.formatted("pg_advisory_xact_lock")).query((rs, n) -> 1).single();
    }

    Optional<AccountabilitySnapshots.Kept> latest() {
        return jdbc.sql("""
                        SELECT id, calculated_at, as_at, apprenticeships, took_ms, calculated_by
                        FROM accountability_snapshot ORDER BY calculated_at DESC, id LIMIT 1""")
                .query((rs, n) -> new AccountabilitySnapshots.Kept(rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getInt(5), rs.getString(6)))
                .optional();
    }

    /** Keeps a new snapshot and removes every other: the caller's one transaction. */
    void replace(AccountabilitySnapshots.Kept kept, SnapshotCalculation.Result result) {
        jdbc.sql("""
                        INSERT INTO accountability_snapshot (id, calculated_at, as_at, apprenticeships, took_ms,
                                                             calculated_by)
                        VALUES (:id, :at, :asAt, :apprenticeships, :took, :by)""")
                .param("id", kept.id()).param("at", kept.calculatedAt().atOffset(ZoneOffset.UTC))
                .param("asAt", kept.asAt()).param("apprenticeships", kept.apprenticeships())
                .param("took", kept.tookMs()).param("by", kept.calculatedBy()).update();
        copy(kept.id(), result);
        for (String table : new String[] {"accountability_snapshot_apprenticeship", "accountability_snapshot_figure",
                "accountability_snapshot_year"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE snapshot_id <> :id").param("id", kept.id()).update();
        }
        jdbc.sql("DELETE FROM accountability_snapshot WHERE id <> :id").param("id", kept.id()).update();
    }

    /** The time it took, written once it is known. */
    void took(UUID id, int ms) {
        jdbc.sql("UPDATE accountability_snapshot SET took_ms = :ms WHERE id = :id").param("ms", ms).param("id", id)
                .update();
    }

    private void copy(UUID id, SnapshotCalculation.Result result) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            TableCopy figures = new TableCopy(pg, "accountability_snapshot_figure (snapshot_id, year, breakdown,"
                    + " group_key, group_label, numerators, denominators, unknowns)");
            for (SnapshotCalculation.Group g : result.groups()) {
                // a tutor's group is labelled with their name as it is now when read (FIGURES): no one's name kept
                figures.row(id, g.year().startYear(), g.breakdown(), g.key(),
                        Dimension.TUTOR.name().equals(g.breakdown()) ? "" : g.label(), array(g.numerators()),
                        array(g.denominators()), array(g.unknowns()));
            }
            figures.end();
            TableCopy years = new TableCopy(pg, "accountability_snapshot_year (snapshot_id, year, past_up_to_90,"
                    + " past_90_to_179, past_180_or_more, forecast_left, forecast_achieved, forecast_due,"
                    + " forecast_expected)");
            for (SnapshotCalculation.Year y : result.yearFigures()) {
                Forecast f = y.forecast();
                years.row(id, y.year().startYear(), y.pastPlannedEnd().upTo90Days(),
                        y.pastPlannedEnd().from90To179Days(), y.pastPlannedEnd().from180Days(),
                        f == null ? null : f.left(), f == null ? null : f.achieved(), f == null ? null : f.due(),
                        f == null ? null : f.dueExpectedToAchieve());
            }
            years.end();
            // no one's name: the drill-down reads the learner's, tutor's and employer's names as they are now
            // (docs/domain/accountability.md, "When the figures are calculated")
            TableCopy members = new TableCopy(pg, "accountability_snapshot_apprenticeship (snapshot_id,"
                    + " apprenticeship_id, standard_reference, standard_title, level, foundation, unit, tutor_id,"
                    + " employer_id, start_date, planned_end_date, status,"
                    + " learning_ended, achieved, withdrawn, withdrawn_from, breaks, epao_recorded,"
                    + " planned_otj_hours, minimum_otj_hours, key_standard, key_level, key_tutor, key_employer,"
                    + " key_age, counted, in_figure)");
            for (SnapshotCalculation.Member m : result.members()) {
                ApprenticeshipFact f = m.fact();
                members.row(id, f.id(), f.standardReference(), f.standardTitle(), f.level(),
                        f.foundation(), f.unit(), f.tutorId(), f.employerId(),
                        f.start(), f.plannedEnd(), f.status().name(), f.learningEnded(),
                        f.achieved(), f.withdrawn(), f.withdrawnFrom() == null ? null : f.withdrawnFrom().name(),
                        breaks(f.breaks()), f.assessmentOrganisationRecorded(), f.plannedOtjHours(),
                        f.minimumOtjHours(), Dimension.STANDARD.key(f), Dimension.LEVEL.key(f),
                        Dimension.TUTOR.key(f), Dimension.EMPLOYER.key(f), Dimension.AGE.key(f), m.counted(),
                        m.inFigure());
            }
            members.end();
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("The accountability figures could not be written", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String array(int[] values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(values[i]);
        }
        return out.append('}').toString();
    }

    static String breaks(List<ApprenticeshipFact.Break> breaks) {
        StringBuilder out = new StringBuilder();
        for (ApprenticeshipFact.Break b : breaks) {
            out.append(out.isEmpty() ? "" : ";").append(b.from()).append('/')
                    .append(b.returned() == null ? "" : b.returned().toString());
        }
        return out.toString();
    }

    static List<ApprenticeshipFact.Break> breaks(String kept) {
        List<ApprenticeshipFact.Break> breaks = new ArrayList<>();
        if (kept == null || kept.isEmpty()) {
            return breaks;
        }
        for (String one : kept.split(";")) {
            int slash = one.indexOf('/');
            String returned = one.substring(slash + 1);
            breaks.add(new ApprenticeshipFact.Break(LocalDate.parse(one.substring(0, slash)),
                    returned.isEmpty() ? null : LocalDate.parse(returned)));
        }
        return breaks;
    }

    // ---- the presses of "Recalculate now"

    private static final String RECALCULATION = """
            SELECT id, requested_at, requested_by, state, started_at, finished_at, snapshot_id, failure
            FROM accountability_recalculation""";

    /** Keeps a press just made; false when another is already under way (at most one is: a unique index). */
    boolean add(Recalculation r) {
        return jdbc.sql("""
                        INSERT INTO accountability_recalculation (id, requested_at, requested_by, state)
                        VALUES (:id, :at, :by, :state)
                        ON CONFLICT DO NOTHING""")
                .param("id", r.id()).param("at", r.requestedAt().atOffset(ZoneOffset.UTC))
                .param("by", r.requestedBy()).param("state", r.state().name()).update() == 1;
    }

    /** Writes a press as it now is, if it was still in the state it was read in (false otherwise). */
    boolean save(Recalculation r, Recalculation.State was) {
        return jdbc.sql("""
                        UPDATE accountability_recalculation
                        SET state = :state, started_at = :started, finished_at = :finished, snapshot_id = :snapshot,
                            failure = :failure
                        WHERE id = :id AND state = :was""")
                .param("state", r.state().name())
                .param("started", r.startedAt() == null ? null : r.startedAt().atOffset(ZoneOffset.UTC))
                .param("finished", r.finishedAt() == null ? null : r.finishedAt().atOffset(ZoneOffset.UTC))
                .param("snapshot", r.snapshotId()).param("failure", r.failure()).param("id", r.id())
                .param("was", was.name()).update() == 1;
    }

    Optional<Recalculation> recalculation(UUID id) {
        return jdbc.sql(RECALCULATION + " WHERE id = :id").param("id", id).query((rs, n) -> recalculation(rs))
                .optional();
    }

    /** The press under way, if one is (queued or running). */
    Optional<Recalculation> underway() {
        return jdbc.sql(RECALCULATION + " WHERE state IN ('QUEUED', 'RUNNING')").query((rs, n) -> recalculation(rs))
                .optional();
    }

    /** The newest press, whatever became of it. */
    Optional<Recalculation> newestRecalculation() {
        return jdbc.sql(RECALCULATION + " ORDER BY requested_at DESC, id LIMIT 1").query((rs, n) -> recalculation(rs))
                .optional();
    }

    /** Presses that ended long ago are not needed by anyone: the audit trail keeps who asked and when. */
    void forgetRecalculationsBefore(java.time.Instant before) {
        jdbc.sql("DELETE FROM accountability_recalculation WHERE state IN ('DONE', 'FAILED') AND requested_at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC)).update();
    }

    private static Recalculation recalculation(java.sql.ResultSet rs) throws SQLException {
        OffsetDateTime started = rs.getObject(5, OffsetDateTime.class);
        OffsetDateTime finished = rs.getObject(6, OffsetDateTime.class);
        return new Recalculation(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getObject(3, UUID.class), Recalculation.State.valueOf(rs.getString(4)),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant(),
                rs.getObject(7, UUID.class), rs.getString(8));
    }

    // ---- reading

    /**
     * A group's figures with its name: a tutor's and an employer's as they are now, from the views organisation
     * publishes (docs/adr/0006), so a renamed or anonymised person is never shown by an old name.
     */
    private static final String FIGURES = """
             f.year, f.breakdown, f.group_key,
                   CASE f.breakdown WHEN 'TUTOR' THEN coalesce(st.name, 'No tutor')
                                    WHEN 'EMPLOYER' THEN coalesce(e.name, 'No employer')
                                    ELSE f.group_label END,
                   f.numerators, f.denominators, f.unknowns
            FROM accountability_snapshot_figure f
                     LEFT JOIN organisation.staff_member st
                               ON st.id = CASE WHEN f.breakdown = 'TUTOR' AND f.group_key <> 'null'
                                               THEN f.group_key::uuid END
                     LEFT JOIN organisation.employer e
                               ON e.id = CASE WHEN f.breakdown = 'EMPLOYER' AND f.group_key <> 'null'
                                              THEN f.group_key::uuid END
            """;

    List<SnapshotCalculation.Group> groups(UUID snapshot, AcademicYear year, String breakdown) {
        return jdbc.sql("""
                        SELECT""" + FIGURES + """
                        WHERE f.snapshot_id = :id AND f.year = :year AND f.breakdown = :breakdown""")
                .param("id", snapshot).param("year", year.startYear()).param("breakdown", breakdown)
                .query((rs, n) -> group(rs)).list();
    }

    /** The whole provider's figures of every year kept, newest first. */
    List<SnapshotCalculation.Group> providerYears(UUID snapshot, List<AcademicYear> years) {
        return jdbc.sql("""
                        SELECT""" + FIGURES + """
                        WHERE f.snapshot_id = :id AND f.year = ANY(:years) AND f.breakdown = 'PROVIDER'
                          AND f.group_key = ''
                        ORDER BY f.year DESC""")
                .param("id", snapshot).param("years", years.stream().map(AcademicYear::startYear)
                        .toArray(Integer[]::new))
                .query((rs, n) -> group(rs)).list();
    }

    Optional<SnapshotCalculation.Group> group(UUID snapshot, AcademicYear year, String breakdown, String key) {
        return jdbc.sql("""
                        SELECT""" + FIGURES + """
                        WHERE f.snapshot_id = :id AND f.year = :year AND f.breakdown = :breakdown
                          AND f.group_key = :key""")
                .param("id", snapshot).param("year", year.startYear()).param("breakdown", breakdown)
                .param("key", key).query((rs, n) -> group(rs)).optional();
    }

    private static SnapshotCalculation.Group group(java.sql.ResultSet rs) throws SQLException {
        return new SnapshotCalculation.Group(new AcademicYear(rs.getInt(1)), rs.getString(2), rs.getString(3),
                rs.getString(4), ints(rs.getArray(5)), ints(rs.getArray(6)), ints(rs.getArray(7)));
    }

    private static int[] ints(java.sql.Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] ints = new int[Indicator.values().length];
        for (int i = 0; i < Math.min(values.length, ints.length); i++) {
            ints[i] = ((Number) values[i]).intValue();
        }
        return ints;
    }

    Optional<SnapshotCalculation.Year> year(UUID snapshot, AcademicYear year) {
        return jdbc.sql("""
                        SELECT past_up_to_90, past_90_to_179, past_180_or_more, forecast_left, forecast_achieved,
                               forecast_due, forecast_expected
                        FROM accountability_snapshot_year WHERE snapshot_id = :id AND year = :year""")
                .param("id", snapshot).param("year", year.startYear())
                .query((rs, n) -> new SnapshotCalculation.Year(year, new IndicatorRules.PastPlannedEnd(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3)), rs.getObject(4) == null ? null
                        : new Forecast(year, rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                .optional();
    }

    /**
     * One page of the apprenticeships counted in a figure (the bit of its year and indicator), optionally one group's
     * ({@code column} is one of the snapshot's {@code key_} columns, never typed by anyone), those in the figure first,
     * then by name. The snapshot keeps no one's name: the learner's, tutor's and employer's are read as they are now
     * from the views organisation and enrolment publish (docs/adr/0006), in the same query as the page, so a learner
     * renamed or anonymised since the calculation shows as they are now.
     */
    List<SnapshotCalculation.Member> counted(UUID snapshot, long bit, Dimension by, String group, long offset,
            int limit) {
        String narrowed = group == null ? "" : " AND s." + keyColumn(by) + " = :group";
        var spec = jdbc.sql("""
                        SELECT p.apprenticeship_id, p.full_name, p.standard_reference, p.standard_title, p.level,
                               p.foundation, p.unit, p.tutor_id, st.name, p.employer_id, e.name, NULL::date,
                               p.start_date, p.planned_end_date, p.status, p.learning_ended, p.achieved, p.withdrawn,
                               p.withdrawn_from, p.breaks, p.epao_recorded, p.planned_otj_hours, p.minimum_otj_hours,
                               p.counted, p.in_figure
                        FROM (SELECT s.*, l.full_name
                              FROM accountability_snapshot_apprenticeship s
                                       LEFT JOIN enrolment.apprenticeship a ON a.id = s.apprenticeship_id
                                       LEFT JOIN organisation.learner l ON l.id = a.learner_id
                              WHERE s.snapshot_id = :id AND (s.counted & :bit) <> 0""" + narrowed + """

                              ORDER BY (s.in_figure & :bit) <> 0 DESC, lower(l.full_name), s.apprenticeship_id
                              LIMIT :limit OFFSET :offset) p
                                 LEFT JOIN organisation.staff_member st ON st.id = p.tutor_id
                                 LEFT JOIN organisation.employer e ON e.id = p.employer_id
                        ORDER BY (p.in_figure & :bit) <> 0 DESC, lower(p.full_name), p.apprenticeship_id""")
                .param("id", snapshot).param("bit", bit).param("limit", limit).param("offset", offset);
        if (group != null) {
            spec = spec.param("group", group);
        }
        return spec.query((rs, n) -> new SnapshotCalculation.Member(new ApprenticeshipFact(
                        new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getBoolean(6), rs.getObject(8, UUID.class),
                        rs.getString(9),
                        rs.getObject(10, UUID.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                        ApprenticeshipStatus.valueOf(rs.getString(15)), rs.getObject(16, LocalDate.class),
                        rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class),
                        rs.getString(19) == null ? null : ApprenticeshipStatus.valueOf(rs.getString(19)),
                        breaks(rs.getString(20)), rs.getBoolean(21), rs.getBigDecimal(22), rs.getBigDecimal(23),
                        rs.getBoolean(7)), rs.getLong(24), rs.getLong(25)))
                .list();
    }

    private static String keyColumn(Dimension by) {
        return switch (by) {
            case STANDARD -> "key_standard";
            case LEVEL -> "key_level";
            case TUTOR -> "key_tutor";
            case EMPLOYER -> "key_employer";
            case AGE -> "key_age";
        };
    }
}
