package waypoint.reporting.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.shared.money.Money;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Before the funding forecast has ever been worked out (a new installation, before its first night) there are no
 * figures to show: the page, the API and the file say so plainly, never a forecast of £0, and "Work out now" works it
 * out. "Work out now" works it out in the background, answering at once; the page says it is being worked out until
 * the new forecast replaces the one kept, and a second press meanwhile starts no other. A working out that fails is
 * said on the page, with the forecast before it still shown, until one succeeds. A change to the funding settings
 * works it out under the same lock: it waits for the one under way, and starts none when that one read the change.
 * The sums kept for the whole provider with the lines are those the lines add up to grouped on request, for the whole
 * provider and narrowed by one standard, employer or tutor, and follow one apprenticeship brought up to date.
 */
@WaypointTest
class KeptForecastTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    FundingForecast forecast;
    @Autowired
    KeptForecast kept;
    @Autowired
    UserAccounts accounts;

    @Test
    void until_it_is_first_worked_out_the_forecast_says_so_and_shows_no_figures() {
        // given a forecast never worked out (the forecast's own lock taken, so no calculation is writing one meanwhile)
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding forecast'))").query((rs, n) -> 1).single();
            jdbc.sql("DELETE FROM funding_forecast").update();
        });

        // when a head of delivery opens it
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = head.get("/reports/funding");

        // then the page says it has not been worked out, with no figures, and offers to work it out now
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The forecast has not been worked out yet, so there are no figures to show",
                "Work out now").doesNotContain("Total for the year", "Forecast as at", "Download the forecast");
        JsonNode api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/funding/forecast").json();
        assertThat(api.get("workedOut").asBoolean()).isFalse();
        assertThat(api.get("message").asString()).contains("has not been worked out yet");
        assertThat(api.get("totals").isNull()).isTrue();
        assertThat(api.get("total").isNull()).isTrue();
        assertThat(api.get("asAt").isNull()).isTrue();
        assertThat(head.get("/reports/funding.csv").status()).isEqualTo(409);

        // and "Work out now" works it out: the page then says as at when
        PageClient.Page pressed = head.post("/reports/funding/work-out", page, Map.of());
        assertThat(pressed.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                head.get("/reports/funding").text()).contains("Forecast as at", "Total for the year")
                .doesNotContain("has not been worked out yet"));
    }

    @Test
    void a_press_answers_at_once_the_page_says_it_is_being_worked_out_and_a_second_press_starts_nothing() {
        Api api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        waypoint.reporting.ForecastWorkedOut.by(api);
        Instant before = Instant.parse(api.get("/api/v1/funding/forecast?size=1").json().get("asAt").asString());
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = head.get("/reports/funding");

        // while the forecast's own lock is held (so no working out can write it), a head of delivery presses
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding forecast'))").query((rs, n) -> 1).single();
            PageClient.Page pressed = answered(() -> head.post("/reports/funding/work-out", page, Map.of()));

            // the press answered though the forecast could not be worked out yet: not worked out in the request
            assertThat(pressed.status()).isEqualTo(302);
            assertThat(head.get("/reports/funding").text()).contains("The forecast is being worked out again",
                    "Until it is done, this is the forecast worked out at", "Forecast as at");
            // a second press while it runs starts no other
            Api.Response again = answered(() -> api.post("/api/v1/funding/forecast/work-out", "{}"));
            assertThat(again.status()).isEqualTo(202);
            assertThat(again.json().get("message").asString()).contains("being worked out already");
            assertThat(answered(() -> head.post("/reports/funding/work-out", page, Map.of())).status())
                    .isEqualTo(302);
        });

        // once it is done the page shows the new forecast
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(head.get("/reports/funding").text()).doesNotContain("being worked out again");
            assertThat(Instant.parse(api.get("/api/v1/funding/forecast?size=1").json().get("asAt").asString()))
                    .isAfter(before);
        });
    }

    @Test
    void a_working_out_that_fails_is_shown_on_the_page_with_the_forecast_before_it_until_one_succeeds() {
        Api api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        waypoint.reporting.ForecastWorkedOut.by(api);
        Instant before = Instant.parse(api.get("/api/v1/funding/forecast?size=1").json().get("asAt").asString());
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = head.get("/reports/funding");

        // a press's working out waits for the forecast's lock, held here, and an administrator cancels it
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding forecast'))").query((rs, n) -> 1).single();
            assertThat(answered(() -> head.post("/reports/funding/work-out", page, Map.of())).status())
                    .isEqualTo(302);
            Integer waiting = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.sql("""
                                    SELECT pid FROM pg_locks
                                    WHERE locktype = 'advisory' AND NOT granted
                                      AND classid = ((hashtext('funding forecast')::bigint >> 32) & 4294967295)::oid
                                      AND objid = (hashtext('funding forecast')::bigint & 4294967295)::oid""")
                            .query(Integer.class).optional(), java.util.Optional::isPresent).orElseThrow();
            jdbc.sql("SELECT pg_cancel_backend(:pid)").param("pid", waiting).query(Boolean.class).single();
        });

        // then the page says the last working out failed, when, and that the forecast shown is the one before it
        String failed = "The last working out of the forecast, started at ";
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                head.get("/reports/funding").text()).contains(failed, "What is shown here is the forecast worked out"
                        + " before it, at " + waypoint.shared.time.GovUkDates.clockOnDate(before),
                "Press \"Work out now\" to try again", "look in the server's log for this reference")
                .doesNotContain("being worked out again", "Exception", "canceling statement"));
        assertThat(Instant.parse(api.get("/api/v1/funding/forecast?size=1").json().get("asAt").asString()))
                .isEqualTo(before);

        // and once a working out succeeds it says so no more
        waypoint.reporting.ForecastWorkedOut.by(api);
        assertThat(head.get("/reports/funding").text()).doesNotContain(failed).contains("Forecast as at");
    }

    @Test
    void a_change_to_the_funding_settings_waits_for_the_working_out_under_way_and_starts_no_second_one() {
        Api api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        waypoint.reporting.ForecastWorkedOut.by(api);
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = head.get("/reports/funding");
        String workingOutLock = "working out the funding forecast";

        // a press's working out is under way (waiting for the forecast's lock, held here) when a change to the funding
        // settings asks for the forecast to be worked out again
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding forecast'))").query((rs, n) -> 1).single();
            assertThat(answered(() -> head.post("/reports/funding/work-out", page, Map.of())).status())
                    .isEqualTo(302);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> waitingFor("funding forecast") > 0);
            Instant changed = clock.instant();
            TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            ownTransaction.executeWithoutResult(change -> events.publishEvent(new ForecastWorkOutAsked(changed)));

            // then the change's working out waits for the one under way, on the same lock
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> waitingFor(workingOutLock) > 0);
        });

        // and once the press's is done (it read the records after the change) no second one is worked out
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                waitingFor(workingOutLock) == 0 && head.get("/reports/funding").text().contains("Forecast as at")
                        && !head.get("/reports/funding").text().contains("being worked out again"));
        assertThat(jdbc.sql("SELECT worked_out_by FROM funding_forecast").query(String.class).single())
                .isEqualTo("Worked out when " + DemoAccounts.HEAD.displayName() + " asked");
    }

    @Test
    void the_sums_kept_for_the_whole_provider_are_those_its_lines_grouped_on_request_add_up_to() {
        // given the forecast worked out, its sums kept
        waypoint.reporting.ForecastWorkedOut.by(Api.at(port).signedInAs(DemoAccounts.HEAD.email(),
                DemoAccounts.PASSWORD));
        assertThat(forecast.sumsKept()).isTrue();
        CurrentUser director = user(DemoAccounts.DIRECTOR);
        List<Integer> years = jdbc.sql("SELECT DISTINCT funding_year FROM funding_forecast_line ORDER BY 1")
                .query(Integer.class).list();
        assertThat(years).isNotEmpty();
        int year = forecast.currentYear();
        var moved = jdbc.sql("""
                        SELECT k.apprenticeship_id, a.standard_reference, a.employer_id, a.tutor_id
                        FROM funding_forecast_line k JOIN apprenticeship a ON a.id = k.apprenticeship_id
                        WHERE k.funding_year = :year AND k.in_lines ORDER BY k.apprenticeship_id LIMIT 1""")
                .param("year", year).query((rs, n) -> new Apprenticeship(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))).single();
        // the standard, employer and tutor with the most lines in some year: the pages of their lines by the other two
        // run longest
        List<FundingForecast.Filter> busiest = List.of(
                new FundingForecast.Filter(busiest("a.standard_reference", String.class), null, null),
                new FundingForecast.Filter(null, busiest("a.employer_id", UUID.class), null),
                new FundingForecast.Filter(null, null, busiest("a.tutor_id", UUID.class)));

        // then in every year the sums kept for someone who sees the whole provider are those grouped on request, and
        // so are those of a forecast narrowed by one standard, one employer or one tutor
        years.forEach(each -> sameEitherWay(director, each, busiest));
        years.forEach(each -> sameEitherWay(director, each, narrowedBy(moved)));

        // and when one apprenticeship moves to another employer and tutor, and its price goes up, and it is brought up
        // to date alone, they follow it: out of the sums of its old employer and tutor, into those of the new ones
        UUID otherEmployer = jdbc.sql("SELECT employer_id FROM apprenticeship WHERE employer_id <> :employer LIMIT 1")
                .param("employer", moved.employer()).query(UUID.class).single();
        UUID otherTutor = jdbc.sql("SELECT tutor_id FROM apprenticeship WHERE tutor_id <> :tutor LIMIT 1")
                .param("tutor", moved.tutor()).query(UUID.class).single();
        Apprenticeship movedTo = new Apprenticeship(moved.id(), moved.standard(), otherEmployer, otherTutor);
        Money before = byTutor(director, year, otherTutor);
        try {
            jdbc.sql("UPDATE apprenticeship SET employer_id = :employer, tutor_id = :tutor WHERE id = :id")
                    .param("employer", otherEmployer).param("tutor", otherTutor).param("id", moved.id()).update();
            jdbc.sql("UPDATE apprenticeship_price SET training_price = training_price + 1000"
                    + " WHERE apprenticeship_id = :id").param("id", moved.id()).update();
            kept.refresh(new ApprenticeshipId(moved.id()));
            assertThat(byTutor(director, year, otherTutor).isMoreThan(before)).isTrue();
            sameEitherWay(director, year, narrowedBy(moved));
            sameEitherWay(director, year, narrowedBy(movedTo));
        } finally {
            jdbc.sql("UPDATE apprenticeship SET employer_id = :employer, tutor_id = :tutor WHERE id = :id")
                    .param("employer", moved.employer()).param("tutor", moved.tutor()).param("id", moved.id())
                    .update();
            jdbc.sql("UPDATE apprenticeship_price SET training_price = training_price - 1000"
                    + " WHERE apprenticeship_id = :id").param("id", moved.id()).update();
            kept.refresh(new ApprenticeshipId(moved.id()));
        }
        sameEitherWay(director, year, narrowedBy(moved));
        sameEitherWay(director, year, narrowedBy(movedTo));
    }

    @Test
    void a_forecast_kept_by_a_node_of_the_release_before_the_pairs_is_grouped_on_request_and_worked_out_again() {
        // given the forecast worked out, narrowed by its busiest standard
        waypoint.reporting.ForecastWorkedOut.by(Api.at(port).signedInAs(DemoAccounts.HEAD.email(),
                DemoAccounts.PASSWORD));
        CurrentUser director = user(DemoAccounts.DIRECTOR);
        int year = forecast.currentYear();
        FundingForecast.Filter standard = new FundingForecast.Filter(busiest("a.standard_reference", String.class),
                null, null);
        Read before = read(director, year, standard);

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // when a node of the release before the pairs has kept it (a rolling upgrade): the other sums, no pairs
            jdbc.sql("DELETE FROM funding_forecast_sum WHERE kind IN ('SE', 'ST', 'ET')").update();
            jdbc.sql("UPDATE funding_forecast SET pairs_kept = FALSE").update();

            // then the narrowed forecast reads the same, grouped on request, and the next start works the forecast out
            sameReading(standard, read(director, year, standard), before);
            assertThat(kept.isKept()).isFalse();
            tx.setRollbackOnly();
        });
    }

    /** An apprenticeship's standard, employer and tutor. */
    private record Apprenticeship(UUID id, String standard, UUID employer, UUID tutor) {
    }

    /** The forecast narrowed by the apprenticeship's standard, by its employer and by its tutor, each alone. */
    private static List<FundingForecast.Filter> narrowedBy(Apprenticeship a) {
        return List.of(new FundingForecast.Filter(a.standard(), null, null),
                new FundingForecast.Filter(null, a.employer(), null),
                new FundingForecast.Filter(null, null, a.tutor()));
    }

    /** The standard, employer or tutor (the apprenticeship's column) with the most kept lines in a year. */
    private <T> T busiest(String column, Class<T> type) {
        return jdbc.sql("SELECT " + column + " FROM funding_forecast_line k JOIN apprenticeship a"
                        + " ON a.id = k.apprenticeship_id WHERE " + column + " IS NOT NULL"
                        + " GROUP BY k.funding_year, " + column + " ORDER BY count(*) DESC, 1 LIMIT 1")
                .query(type).single();
    }

    /**
     * The year's figures and count of apprentice lines for the reader as kept, and as grouped on request from the kept
     * lines (the sums set aside within a transaction undone), are the same: narrowed by nothing, and by each of the
     * {@code narrowings}.
     */
    private void sameEitherWay(CurrentUser reader, int year, List<FundingForecast.Filter> narrowings) {
        List<FundingForecast.Filter> filters = new java.util.ArrayList<>();
        filters.add(new FundingForecast.Filter(null, null, null));
        filters.addAll(narrowings);
        TransactionTemplate oneSnapshot = new TransactionTemplate(transactions);
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneSnapshot.executeWithoutResult(tx -> {
            List<Read> kept = filters.stream().map(filter -> read(reader, year, filter)).toList();
            // a narrowing's lines by the others read as many are, in the order of every name, and not only as few
            List<Read> walked;
            try {
                forecast.fewPairs = 0;
                walked = filters.stream().map(filter -> read(reader, year, filter)).toList();
            } finally {
                forecast.fewPairs = FundingForecast.FEW_PAIRS;
            }
            jdbc.sql("UPDATE funding_forecast SET sums_kept = FALSE").update();
            List<Read> grouped = filters.stream().map(filter -> read(reader, year, filter)).toList();
            tx.setRollbackOnly();

            for (int i = 0; i < filters.size(); i++) {
                sameReading(filters.get(i), kept.get(i), grouped.get(i));
                sameReading(filters.get(i), walked.get(i), grouped.get(i));
            }
        });
    }

    /** The year's figures, a page from the middle of its lines by employer and tutor, and its apprentice lines' count. */
    private record Read(FundingForecast.Forecast whole, FundingForecast.Forecast page, long count) {
    }

    private Read read(CurrentUser reader, int year, FundingForecast.Filter filter) {
        return new Read(forecast.forecast(reader, year, filter, 0, Integer.MAX_VALUE).orElseThrow(),
                forecast.forecast(reader, year, filter, 1, 1).orElseThrow(),
                forecast.apprentices(reader, year, filter, 0, 1).total());
    }

    private static void sameReading(FundingForecast.Filter filter, Read kept, Read grouped) {
        assertThat(kept.whole()).as(filter.toString()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(grouped.whole());
        assertThat(kept.page()).as(filter.toString()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(grouped.page());
        for (var pages : List.of(List.of(kept.whole().byEmployer(), kept.page().byEmployer()),
                List.of(kept.whole().byTutor(), kept.page().byTutor()))) {
            // the second line of all, or the last when there is only one (none when narrowed to no line)
            int second = pages.get(1).number();
            assertThat(second).as(filter.toString()).isEqualTo(Math.max(0, Math.min(1, pages.get(0).total() - 1)));
            assertThat(pages.get(1).items()).as(filter.toString()).isEqualTo(pages.get(0).items()
                    .subList(Math.min(second, pages.get(0).items().size()), Math.min(second + 1,
                            pages.get(0).items().size())));
        }
        assertThat(kept.count()).as(filter.toString()).isEqualTo(grouped.count())
                .isEqualTo(grouped.whole().apprentices());
    }

    private Money byTutor(CurrentUser reader, int year, UUID tutor) {
        return forecast.forecast(reader, year, new FundingForecast.Filter(null, null, null), 0, Integer.MAX_VALUE)
                .orElseThrow().byTutor().items().stream().filter(line -> line.key().equals(tutor.toString())).map(FundingForecast.Line::total)
                .findFirst().orElse(Money.ZERO);
    }

    private CurrentUser user(DemoAccounts demo) {
        var account = accounts.findByEmail(demo.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    /** How many sessions wait for the advisory lock named so. */
    private int waitingFor(String lock) {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted
                          AND classid = ((hashtext(:lock)::bigint >> 32) & 4294967295)::oid
                          AND objid = (hashtext(:lock)::bigint & 4294967295)::oid""")
                .param("lock", lock).query(Integer.class).single();
    }

    /** What a press answers, given a minute: a press that worked the forecast out in the request would never answer. */
    private static <T> T answered(Supplier<T> press) {
        try {
            return CompletableFuture.supplyAsync(press).get(1, TimeUnit.MINUTES);
        } catch (Exception notAnswered) {
            throw new AssertionError("The press did not answer while the forecast could not be worked out",
                    notAnswered);
        }
    }
}
