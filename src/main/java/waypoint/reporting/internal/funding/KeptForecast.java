package waypoint.reporting.internal.funding;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipCreated;
import waypoint.enrolment.ApprenticeshipEmployerChanged;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipPriceChanged;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.reporting.internal.KeptWhole;
import waypoint.reporting.internal.TableCopy;

/**
 * Keeps the funding forecast (migration V183): every apprenticeship's lines ({@link ForecastLine}) and whether its
 * earnings are known, worked out by the funding rules from the records the modules publish.
 * <ul>
 *   <li>Whole, each night ({@link FundingForecastJob}), at the first start when none is kept, and in the background
 *       when a reader presses "Work out now" ({@link KeptInBackground}), or a change every apprenticeship's figures
 *       may depend on is recorded: read in three
 *       queries, worked out one apprenticeship after another and written with {@code COPY}, in place of the previous
 *       forecast in one transaction, so a reader sees the one or the other whole.</li>
 *   <li>For one apprenticeship, when enrolment announces that something its money is worked out from changed: its
 *       price, its start, a break or return, a withdrawal or completion (every move of its status), a new
 *       apprenticeship, a new employer. The other inputs (a learner's date of birth, a standard's funding band
 *       maximum, the incentive facts recorded at onboarding) are taken up by the next whole calculation.</li>
 * </ul>
 * One writer at a time across every node (a transaction-scoped advisory lock), so a line brought up to date is never
 * overwritten by a whole calculation that read the records before the change: the one waits for the other, and
 * whichever writes last read last.
 */
@Component
class KeptForecast implements KeptWhole {

    private static final Logger log = LoggerFactory.getLogger(KeptForecast.class);
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('funding forecast'))";
    private static final String LINE_COLUMNS = "funding_forecast_line (apprenticeship_id, funding_year, month_1,"
            + " month_2, month_3, month_4, month_5, month_6, month_7, month_8, month_9, month_10, month_11, month_12,"
            + " total, employer_incentives, in_lines)";

    /**
     * The kept lines {@code k} of the apprenticeships the condition selects, added to the kept sums of the whole
     * provider ({@code :sign} 1) or taken out of them (-1), under the standard, employer and tutor and each pair of
     * them, and within the year's window, the forecast counted each apprenticeship by ({@code f}): the grouping a
     * reader's request does ({@link FundingForecast#groupedSums}).
     */
    private static final String COUNTED_IN_SUMS;

    static {
        StringBuilder months = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            months.append(" month_").append(i).append(',');
            added.append(" month_").append(i).append(" = s.month_").append(i).append(" + EXCLUDED.month_").append(i)
                    .append(',');
        }
        COUNTED_IN_SUMS = "INSERT INTO funding_forecast_sum AS s (funding_year, kind, key," + months
                + " employer_incentives, listed) SELECT k.funding_year, " + FundingForecast.groupedSums("f")
                + " FROM funding_forecast_line k"
                + " JOIN funding_forecast_apprenticeship f ON f.apprenticeship_id = k.apprenticeship_id WHERE %s"
                + " AND f.start_date <= make_date(k.funding_year + 1, 7, 31)"
                + " AND f.planned_end_date >= make_date(k.funding_year - 3, 8, 1)"
                + FundingForecast.groupingSets("f", "k.funding_year", true)
                + " ON CONFLICT (funding_year, kind, key) DO UPDATE SET" + added
                + " employer_incentives = s.employer_incentives + EXCLUDED.employer_incentives,"
                + " listed = s.listed + EXCLUDED.listed";
    }

    /** An apprenticeship as the forecast found it, and what its lines were counted under in the sums. */
    private static final String APPRENTICESHIP_COLUMNS = "apprenticeship_id, earnings_known, not_known_because,"
            + " worked_out_at, standard_reference, employer_id, tutor_id, start_date, planned_end_date";

    private final FundingForecast forecast;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final KeptInBackground background;

    KeptForecast(FundingForecast forecast, JdbcClient jdbc, DataSource dataSource, Clock clock,
            PlatformTransactionManager transactions, KeptInBackground background) {
        this.forecast = forecast;
        this.background = background;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(ApprenticeshipPriceChanged changed) {
        refresh(changed.apprenticeshipId());
    }

    @ApplicationModuleListener
    void on(ApprenticeshipStatusChanged changed) {
        refresh(changed.apprenticeshipId());
    }

    @ApplicationModuleListener
    void on(ApprenticeshipCreated created) {
        refresh(created.apprenticeshipId());
    }

    @ApplicationModuleListener
    void on(ApprenticeshipEmployerChanged changed) {
        refresh(changed.apprenticeshipId());
    }

    /**
     * A change every apprenticeship's figures may depend on (a foundation apprenticeship payment recorded): the whole
     * forecast worked out again through {@link KeptInBackground}, taking the same lock as the night's, a press's and
     * the first start's working out (one at a time, whatever started it, and the page says it is under way), unless a
     * calculation began since the change.
     */
    @ApplicationModuleListener
    void on(ForecastWorkOutAsked asked) {
        background.afterChange(this, "Worked out again after a change to the funding settings", () -> forecast.latest()
                .filter(k -> !k.workedOutAt().isBefore(asked.askedAt())).isPresent());
    }

    @Override
    public String name() {
        return "funding forecast";
    }

    @Override
    public boolean isKept() {
        // a forecast kept before its sums were is worked out again at the first start
        return forecast.kept().isPresent() && forecast.sumsKept();
    }

    /** The whole forecast, worked out now and kept in place of the previous one (once the forecast's lock is free). */
    @Override
    public void workOutAndKeep(String by) {
        writing.executeWithoutResult(tx -> {
            jdbc.sql(LOCK).query((rs, n) -> 1).single();
            workOutHoldingTheLock(by);
        });
    }

    private FundingForecast.Kept workOutHoldingTheLock(String by) {
        long began = System.nanoTime();
        // as at the moment the records are read: a change committed after it is brought up to date by its own event
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("DELETE FROM funding_forecast_line").update();
        jdbc.sql("DELETE FROM funding_forecast_apprenticeship").update();
        jdbc.sql("DELETE FROM funding_forecast").update();
        jdbc.sql("DELETE FROM funding_forecast_sum").update();
        List<Object[]> apprenticeships = new ArrayList<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // the records are read whole before the first apprenticeship is handed on, so the one connection is free
            // for the COPY of the lines as each is worked out
            TableCopy[] lines = {null};
            PGConnection pg = connection.unwrap(PGConnection.class);
            forecast.each("TRUE", Map.of(), false, a -> {
                try {
                    if (lines[0] == null) {
                        lines[0] = new TableCopy(pg, LINE_COLUMNS);
                    }
                    apprenticeships.add(apprenticeship(a, at));
                    for (ForecastLine line : ForecastLine.of(a)) {
                        lines[0].row(line(line));
                    }
                } catch (SQLException failed) {
                    throw new IllegalStateException("The funding forecast could not be written", failed);
                }
            });
            if (lines[0] != null) {
                lines[0].end();
            }
            TableCopy kept = new TableCopy(pg, "funding_forecast_apprenticeship (" + APPRENTICESHIP_COLUMNS + ")");
            for (Object[] row : apprenticeships) {
                kept.row(row);
            }
            kept.end();
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("The funding forecast could not be written", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        countInSums("TRUE", Map.of(), 1);
        int took = (int) Duration.ofNanos(System.nanoTime() - began).toMillis();
        jdbc.sql("""
                        INSERT INTO funding_forecast (worked_out_at, apprenticeships, took_ms, worked_out_by, sums_kept,
                            pairs_kept)
                        VALUES (:at, :apprenticeships, :took, :by, TRUE, TRUE)""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("apprenticeships", apprenticeships.size())
                .param("took", took).param("by", by).update();
        log.info("Funding forecast worked out for {} apprenticeships in {} ms", apprenticeships.size(), took);
        return new FundingForecast.Kept(at, apprenticeships.size(), took, by);
    }

    /** One apprenticeship's lines worked out again now (none when it is no longer there). */
    void refresh(ApprenticeshipId apprenticeshipId) {
        writing.executeWithoutResult(tx -> {
            jdbc.sql(LOCK).query((rs, n) -> 1).single();
            Instant at = clock.instant();
            List<FundingForecast.Apprentice> found = new ArrayList<>();
            forecast.each("a.id = :id", Map.of("id", apprenticeshipId), false, found::add);
            boolean sums = forecast.sumsKept();
            Map<String, Object> its = Map.of("id", apprenticeshipId);
            if (sums) {
                countInSums("k.apprenticeship_id = :id", its, -1);
            }
            jdbc.sql("DELETE FROM funding_forecast_line WHERE apprenticeship_id = :id").param("id", apprenticeshipId)
                    .update();
            jdbc.sql("DELETE FROM funding_forecast_apprenticeship WHERE apprenticeship_id = :id")
                    .param("id", apprenticeshipId).update();
            for (FundingForecast.Apprentice a : found) {
                jdbc.sql("INSERT INTO funding_forecast_apprenticeship (" + APPRENTICESHIP_COLUMNS + ") VALUES ("
                                + "?, ".repeat(8) + "?)")
                        .params(apprenticeship(a, at)).update();
                for (ForecastLine line : ForecastLine.of(a)) {
                    jdbc.sql("INSERT INTO " + LINE_COLUMNS + " VALUES (" + "?, ".repeat(16) + "?)")
                            .params(line(line)).update();
                }
            }
            if (sums) {
                countInSums("k.apprenticeship_id = :id", its, 1);
            }
        });
    }

    /** The kept lines the condition selects added to the kept sums ({@code sign} 1) or taken out of them (-1). */
    private void countInSums(String where, Map<String, Object> params, int sign) {
        jdbc.sql(COUNTED_IN_SUMS.formatted(where)).params(params).param("sign", sign).update();
    }

    private static Object[] apprenticeship(FundingForecast.Apprentice a, Instant at) {
        boolean known = a.earnings().known();
        return new Object[] {a.apprenticeshipId(), known, known ? null : a.warnings().stream().findFirst()
                .orElse(null), at.atOffset(ZoneOffset.UTC), a.standard(), a.employerId(), a.tutorId(), a.startDate(),
                a.plannedEndDate()};
    }

    private static Object[] line(ForecastLine line) {
        Object[] row = new Object[17];
        row[0] = line.apprenticeshipId();
        row[1] = line.fundingYear();
        for (int i = 0; i < 12; i++) {
            row[2 + i] = line.months().get(i).pounds();
        }
        row[14] = line.total().pounds();
        row[15] = line.employerIncentives().pounds();
        row[16] = line.listed();
        return row;
    }
}
