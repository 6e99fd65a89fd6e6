package waypoint.reporting.internal.accountability;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipStatus;

/**
 * The kept accountability figures in reporting's own tables (migration V186): written whole with PostgreSQL's
 * {@code COPY} (about 100,000 apprenticeships and as many group rows at the reference data set, so never a statement
 * per row), the previous snapshot removed in the same transaction; read a year and a breakdown at a time, and the
 * drill-down a page at a time.
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
            Copy figures = new Copy(pg, "accountability_snapshot_figure (snapshot_id, year, breakdown, group_key,"
                    + " group_label, numerators, denominators, unknowns)");
            for (SnapshotCalculation.Group g : result.groups()) {
                figures.row(id, g.year().startYear(), g.breakdown(), g.key(), g.label(), array(g.numerators()),
                        array(g.denominators()), array(g.unknowns()));
            }
            figures.end();
            Copy years = new Copy(pg, "accountability_snapshot_year (snapshot_id, year, past_up_to_90, past_90_to_179,"
                    + " past_180_or_more, forecast_left, forecast_achieved, forecast_due, forecast_expected)");
            for (SnapshotCalculation.Year y : result.yearFigures()) {
                Forecast f = y.forecast();
                years.row(id, y.year().startYear(), y.pastPlannedEnd().upTo90Days(),
                        y.pastPlannedEnd().from90To179Days(), y.pastPlannedEnd().from180Days(),
                        f == null ? null : f.left(), f == null ? null : f.achieved(), f == null ? null : f.due(),
                        f == null ? null : f.dueExpectedToAchieve());
            }
            years.end();
            Copy members = new Copy(pg, "accountability_snapshot_apprenticeship (snapshot_id, apprenticeship_id,"
                    + " learner_name, standard_reference, standard_title, level, foundation, unit, tutor_id,"
                    + " tutor_name, employer_id, employer_name, start_date, planned_end_date, status,"
                    + " learning_ended, achieved, withdrawn, withdrawn_from, breaks, epao_recorded,"
                    + " planned_otj_hours, minimum_otj_hours, key_standard, key_level, key_tutor, key_employer,"
                    + " key_age, counted, in_figure)");
            for (SnapshotCalculation.Member m : result.members()) {
                ApprenticeshipFact f = m.fact();
                members.row(id, f.id(), f.learnerName(), f.standardReference(), f.standardTitle(), f.level(),
                        f.foundation(), f.unit(), f.tutorId(), f.tutorName(), f.employerId(), f.employerName(),
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

    /** One table's rows to {@code COPY} in PostgreSQL's text format, sent in chunks of about a megabyte. */
    private static final class Copy {
        private final CopyIn in;
        private final StringBuilder chunk = new StringBuilder(1 << 20);

        Copy(PGConnection pg, String table) throws SQLException {
            this.in = pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    chunk.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    chunk.append("\\N");
                } else if (v instanceof Boolean b) {
                    chunk.append(b ? 't' : 'f');
                } else if (v instanceof BigDecimal d) {
                    chunk.append(d.toPlainString());
                } else {
                    escape(v.toString());
                }
            }
            chunk.append('\n');
            if (chunk.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> chunk.append("\\\\");
                    case '\t' -> chunk.append("\\t");
                    case '\n' -> chunk.append("\\n");
                    case '\r' -> chunk.append("\\r");
                    default -> chunk.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }

        void end() throws SQLException, IOException {
            try {
                flush();
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    // ---- reading

    List<SnapshotCalculation.Group> groups(UUID snapshot, AcademicYear year, String breakdown) {
        return jdbc.sql("""
                        SELECT year, breakdown, group_key, group_label, numerators, denominators, unknowns
                        FROM accountability_snapshot_figure
                        WHERE snapshot_id = :id AND year = :year AND breakdown = :breakdown""")
                .param("id", snapshot).param("year", year.startYear()).param("breakdown", breakdown)
                .query((rs, n) -> group(rs)).list();
    }

    /** The whole provider's figures of every year kept, newest first. */
    List<SnapshotCalculation.Group> providerYears(UUID snapshot, List<AcademicYear> years) {
        return jdbc.sql("""
                        SELECT year, breakdown, group_key, group_label, numerators, denominators, unknowns
                        FROM accountability_snapshot_figure
                        WHERE snapshot_id = :id AND year = ANY(:years) AND breakdown = 'PROVIDER' AND group_key = ''
                        ORDER BY year DESC""")
                .param("id", snapshot).param("years", years.stream().map(AcademicYear::startYear)
                        .toArray(Integer[]::new))
                .query((rs, n) -> group(rs)).list();
    }

    Optional<SnapshotCalculation.Group> group(UUID snapshot, AcademicYear year, String breakdown, String key) {
        return jdbc.sql("""
                        SELECT year, breakdown, group_key, group_label, numerators, denominators, unknowns
                        FROM accountability_snapshot_figure
                        WHERE snapshot_id = :id AND year = :year AND breakdown = :breakdown AND group_key = :key""")
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
     * then by name.
     */
    List<SnapshotCalculation.Member> counted(UUID snapshot, long bit, Dimension by, String group, long offset,
            int limit) {
        String narrowed = group == null ? "" : " AND " + keyColumn(by) + " = :group";
        var spec = jdbc.sql("""
                        SELECT apprenticeship_id, learner_name, standard_reference, standard_title, level, foundation,
                               unit, tutor_id, tutor_name, employer_id, employer_name, NULL::date, start_date,
                               planned_end_date, status, learning_ended, achieved, withdrawn, withdrawn_from, breaks,
                               epao_recorded, planned_otj_hours, minimum_otj_hours, counted, in_figure
                        FROM accountability_snapshot_apprenticeship
                        WHERE snapshot_id = :id AND (counted & :bit) <> 0""" + narrowed + """

                        ORDER BY (in_figure & :bit) <> 0 DESC, lower(learner_name), apprenticeship_id
                        LIMIT :limit OFFSET :offset""")
                .param("id", snapshot).param("bit", bit).param("limit", limit).param("offset", offset);
        if (group != null) {
            spec = spec.param("group", group);
        }
        return spec.query((rs, n) -> new SnapshotCalculation.Member(new ApprenticeshipFact(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getBoolean(6), rs.getObject(8, UUID.class), rs.getString(9),
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
