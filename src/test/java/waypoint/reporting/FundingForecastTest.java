package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * The money of an apprenticeship from its recorded price to the forecast: the price recorded and changed through the
 * apprenticeship (refused when negative or dated before the start, and to a tutor), the earnings spread and
 * recalculated, the small-employer payment, the kept forecast brought up to date when a price changes, its totals
 * equal to the sum of its apprentices' lines (for the whole provider and narrowed by one standard, employer or tutor),
 * its lines a page at a time, bad filters answered as problem details, and the pages only for those who may read them.
 */
@WaypointTest
class FundingForecastTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    String reference;
    UUID apprenticeship;
    LocalDate start;

    @BeforeEach
    void anApprenticeOnAStandardWithABandMaximumOfNineThousandPounds() {
        reference = TestStandardReferences.next();
        Api.Response imported = admin().post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Funding test standard", "level": 3, "version": "1.0",
                 "typicalDuration": 18, "maxFunding": 9000, "status": "Approved for delivery",
                 "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}]}""".formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        people = new TestApprenticeships(organisation, accounts);
        // the first of the month three months ago: from 1 August 2026, so the 2026 to 2027 rules apply
        start = LocalDate.now(clock).withDayOfMonth(1).minusMonths(3);
        apprenticeship = people.inLearning(enrolment, reference, start);
    }

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
    }

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), "waypoint-demo");
    }

    String prices() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/prices";
    }

    Api.Response price(Api who, LocalDate from, String training, String assessment, Boolean small) {
        return who.post(prices(), """
                {"appliesFrom": "%s", "trainingPrice": %s, "assessmentPrice": %s, "reason": "Agreed with the employer",
                 "smallEmployer": %s}""".formatted(from, training, assessment, small));
    }

    @Test
    void a_price_that_the_rules_refuse_gets_a_field_error_naming_the_rule_and_a_tutor_may_not_set_one() {
        Api.Response negative = price(admin(), start, "-1", "1000", null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("trainingPrice", "£0 or more");

        Api.Response early = price(admin(), start.minusDays(1), "9000", "1000", null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("appliesFrom", "start date");

        Api.Response tutor = price(Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD), start,
                "9000", "1000", null);
        assertThat(tutor.status()).isEqualTo(403);
        assertThat(admin().get(prices()).json().size()).isZero();
    }

    int fundingYear() {
        return yearOf(start);
    }

    static int yearOf(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    String firstMonth() {
        return start.withDayOfMonth(1).toString().substring(0, 7);
    }

    static BigDecimal in(JsonNode months, String month) {
        for (JsonNode m : months) {
            if (m.get("month").asString().equals(month)) {
                return m.get("amount").decimalValue();
            }
        }
        return null;
    }

    @Test
    void the_earnings_follow_the_price_and_its_change_and_the_forecast_adds_up() {
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        // £10,000 from the start, £9,000 funded: 80% = £7,200 over the 18 month ends = £400 a month
        assertThat(price(as(DemoAccounts.DATA_OFFICER), start, "9000", "1000", true).status()).isEqualTo(200);
        // down to £8,000 two months in: £6,400 − £800 earned = £5,600 over the 16 month ends left = £350
        Api.Response changed = price(admin(), start.plusMonths(2), "7000", "1000", null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().size()).isEqualTo(2);

        Api.Response funding = as(DemoAccounts.HEAD).get("/api/v1/apprenticeships/" + apprenticeship + "/funding");
        assertThat(funding.status()).as(funding.body()).isEqualTo(200);
        JsonNode f = funding.json();
        assertThat(f.get("earningsKnown").asBoolean()).isTrue();
        assertThat(f.get("earnings").get(0).get("amount").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(f.get("earnings").get(2).get("amount").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(f.get("working").toString()).contains("The price changed on");
        // aged 22 at the start, at a small employer: £1,000 to the employer at day 90 and at day 365
        assertThat(f.get("incentives").toString()).contains("SMALL_EMPLOYER", "EMPLOYER");

        LocalDate changedOn = start.plusMonths(2);
        String month = changedOn.withDayOfMonth(1).toString().substring(0, 7);
        ForecastWorkedOut.until(as(DemoAccounts.DIRECTOR), "?year=" + yearOf(changedOn) + "&standard=" + reference,
                forecast -> assertThat(in(forecast.get("totals"), month)).isEqualByComparingTo("350.00"));
        JsonNode body = as(DemoAccounts.DIRECTOR).get(ForecastWorkedOut.FORECAST + "?year=" + fundingYear()
                + "&standard=" + reference).json();
        assertThat(body.get("apprentices").size()).isEqualTo(1);
        assertThat(in(body.get("totals"), firstMonth())).isEqualByComparingTo("400.00");
        assertThat(body.get("employerIncentives").decimalValue()).isGreaterThan(BigDecimal.ZERO);
        totalsAreTheSumOfTheirApprentices(as(DemoAccounts.DIRECTOR), "?year=" + fundingYear() + "&standard="
                + reference, body);
    }

    @Test
    void a_price_change_brings_the_apprentice_s_kept_line_up_to_date() {
        // given the forecast worked out, with the apprentice's price of £10,000 (£400 a month) in it
        assertThat(price(admin(), start, "9000", "1000", null).status()).isEqualTo(200);
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        String narrowed = "?year=" + fundingYear() + "&standard=" + reference;
        JsonNode before = as(DemoAccounts.HEAD).get(ForecastWorkedOut.FORECAST + narrowed).json();
        assertThat(in(before.get("apprentices").get(0).get("months"), firstMonth())).isEqualByComparingTo("400.00");

        // when the price from the start is changed to £7,500 (£6,000 over the 18 month ends: £333.33)
        assertThat(price(admin(), start, "6500", "1000", null).status()).isEqualTo(200);

        // then the apprentice's kept line follows without the whole forecast being worked out again
        JsonNode after = ForecastWorkedOut.until(as(DemoAccounts.HEAD), narrowed, forecast -> assertThat(
                in(forecast.get("apprentices").get(0).get("months"), firstMonth())).isEqualByComparingTo("333.33"));
        assertThat(after.get("asAt").asString()).isEqualTo(before.get("asAt").asString());
        assertThat(in(after.get("totals"), firstMonth())).isEqualByComparingTo("333.33");
    }

    @Test
    void the_api_gives_the_apprentice_lines_a_page_at_a_time_with_their_count_and_links() {
        // given three apprentices on the standard, each with a price
        UUID second = people.inLearning(enrolment, reference, start);
        UUID third = people.inLearning(enrolment, reference, start);
        for (UUID each : List.of(apprenticeship, second, third)) {
            assertThat(admin().post("/api/v1/apprenticeships/" + each + "/prices", """
                    {"appliesFrom": "%s", "trainingPrice": 9000, "assessmentPrice": 1000, "reason": "Agreed"}"""
                    .formatted(start)).status()).isEqualTo(200);
        }
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        String narrowed = "?year=" + fundingYear() + "&standard=" + reference;

        JsonNode first = ForecastWorkedOut.until(as(DemoAccounts.HEAD), narrowed + "&size=2",
                forecast -> assertThat(forecast.get("totalApprentices").asLong()).isEqualTo(3));
        assertThat(first.get("apprentices").size()).isEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("links").get("previous").isNull()).isTrue();
        String next = first.get("links").get("next").asString();
        assertThat(next).contains("page=1", "size=2", "standard=" + reference);

        JsonNode last = as(DemoAccounts.HEAD).get(next).json();
        assertThat(last.get("apprentices").size()).isEqualTo(1);
        assertThat(last.get("links").get("next").isNull()).isTrue();
        assertThat(last.get("links").get("previous").asString()).contains("page=0");
        assertThat(last.get("totals").toString()).isEqualTo(first.get("totals").toString());
        totalsAreTheSumOfTheirApprentices(as(DemoAccounts.HEAD), narrowed, first);
        // the page shows the same year's total, and the apprentices 25 to a page
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports/funding" + narrowed);
        assertThat(page.text()).contains("Total for the year: £" + String.format(java.util.Locale.UK, "%,.2f",
                first.get("total").decimalValue()), "By apprentice");
        // the lines by employer and by tutor come a page at a time too, and the page lists the same
        assertThat(first.get("byEmployer").size()).isBetween(1, 2);
        assertThat(first.get("byTutor").size()).isBetween(1, 2);
        PageClient.Page byTutor = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports/funding" + narrowed
                + "&by=tutor");
        assertThat(byTutor.text()).contains(first.get("byTutor").get(0).get("name").asString());

        Api.Response tooMany = as(DemoAccounts.HEAD).get(ForecastWorkedOut.FORECAST + narrowed + "&size=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("size", "from 1 to 100");
        assertThat(as(DemoAccounts.HEAD).get(ForecastWorkedOut.FORECAST + narrowed + "&page=-1").status())
                .isEqualTo(400);
    }

    @Test
    void the_whole_forecast_of_the_demo_provider_equals_the_sum_of_its_apprentices() {
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        // read again until no apprenticeship changed by another test is brought up to date between the reads
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response forecast = as(DemoAccounts.ADMIN).get("/api/v1/funding/forecast");
            assertThat(forecast.status()).as(forecast.body()).isEqualTo(200);
            totalsAreTheSumOfTheirApprentices(as(DemoAccounts.ADMIN), "", forecast.json());
        });
    }

    @Test
    void narrowed_by_one_standard_employer_or_tutor_the_forecast_equals_the_sum_of_its_apprentices_page_by_page() {
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        // the demo provider's standard, employer and tutor with the most money in the year: the pages of their lines by
        // the other two run longest
        String standard = largest(as(DemoAccounts.ADMIN).get(ForecastWorkedOut.FORECAST + "?size=1").json()
                .get("byStandard").valueStream().toList());
        String employer = largest(ForecastWorkedOut.every("byEmployer", as(DemoAccounts.ADMIN), ""));
        String tutor = largest(ForecastWorkedOut.every("byTutor", as(DemoAccounts.ADMIN), ""));
        for (String narrowed : List.of("?standard=" + standard, "?employer=" + employer, "?tutor=" + tutor)) {
            // read again until no apprenticeship changed by another test is brought up to date between the reads
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Response forecast = as(DemoAccounts.ADMIN).get(ForecastWorkedOut.FORECAST + narrowed);
                assertThat(forecast.status()).as(forecast.body()).isEqualTo(200);
                assertThat(forecast.json().get("totalApprentices").asLong()).as(narrowed).isPositive();
                totalsAreTheSumOfTheirApprentices(as(DemoAccounts.ADMIN), narrowed, forecast.json());
            });
        }
    }

    /** The key of the line with the largest total of the year. */
    private static String largest(List<JsonNode> lines) {
        return lines.stream().max(java.util.Comparator.comparing(line -> line.get("total").decimalValue()))
                .orElseThrow().get("key").asString();
    }

    /**
     * Each month's total is the sum of the apprentices' lines (every page of them), and of the lines by standard, by
     * employer and by tutor (every page of those); the year's total is the sum of the apprentices' totals.
     */
    private static void totalsAreTheSumOfTheirApprentices(Api reader, String query, JsonNode body) {
        List<JsonNode> apprentices = ForecastWorkedOut.everyLine(reader, query);
        assertThat(apprentices).hasSize(body.get("totalApprentices").asInt());
        Map<String, List<JsonNode>> groupings = Map.of("byStandard", List.copyOf(body.get("byStandard").valueStream()
                .toList()), "byEmployer", ForecastWorkedOut.every("byEmployer", reader, query), "byTutor",
                ForecastWorkedOut.every("byTutor", reader, query));
        assertThat(groupings.get("byEmployer")).hasSize(body.get("totalEmployers").asInt()).isNotEmpty();
        assertThat(groupings.get("byTutor")).hasSize(body.get("totalTutors").asInt()).isNotEmpty();
        for (int month = 0; month < 12; month++) {
            BigDecimal total = body.get("totals").get(month).get("amount").decimalValue();
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode line : apprentices) {
                sum = sum.add(line.get("months").get(month).get("amount").decimalValue());
            }
            assertThat(sum).as("apprentices in month " + month).isEqualByComparingTo(total);
            for (String grouping : groupings.keySet()) {
                BigDecimal grouped = BigDecimal.ZERO;
                for (JsonNode line : groupings.get(grouping)) {
                    grouped = grouped.add(line.get("months").get(month).get("amount").decimalValue());
                }
                assertThat(grouped).as(grouping + " in month " + month).isEqualByComparingTo(total);
            }
        }
        BigDecimal all = BigDecimal.ZERO;
        for (JsonNode line : apprentices) {
            all = all.add(line.get("total").decimalValue());
        }
        assertThat(all).isEqualByComparingTo(body.get("total").decimalValue());
    }

    @Test
    void a_filter_that_is_not_one_is_a_problem_detail_and_the_forecast_is_only_for_those_who_may_read_it() {
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        Api.Response bad = admin().get("/api/v1/funding/forecast?year=next&employer=someone");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("year", "employer");

        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/api/v1/funding/forecast").status()).isEqualTo(403);
        assertThat(tutor.get("/api/v1/apprenticeships/" + apprenticeship + "/funding").status()).isEqualTo(403);
        assertThat(as(DemoAccounts.EMPLOYER).get("/api/v1/funding/forecast").status()).isEqualTo(403);

        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);
        PageClient.Page page = director.get("/reports/funding");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Funding forecast", "Forecast as at", "Work out now", "By standard",
                "By employer", "By tutor");
        PageClient.Page wrong = director.get("/reports/funding?year=soon");
        assertThat(wrong.text()).contains("There is a problem", "Enter the year the funding year starts in");
        PageClient.Page one = director.get("/apprenticeships/" + apprenticeship + "/funding");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text()).contains("How this is worked out");
        PageClient.Page csv = director.get("/reports/funding.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("apprenticeship_id,apprentice,");
        assertThat(PageClient.signedInAs(port, DemoAccounts.QUALITY).get("/reports/funding").status())
                .isEqualTo(403);
    }

    @Test
    void an_address_that_names_no_apprenticeship_is_not_found_on_the_page_and_a_bad_request_in_the_api() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        assertThat(head.get("/apprenticeships/not-an-id/funding").status()).isEqualTo(404);
        Api.Response api = as(DemoAccounts.HEAD).get("/api/v1/apprenticeships/not-an-id/funding");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("id");
        assertThat(head.get("/apprenticeships/new/funding").text()).contains("How is the apprenticeship funded?");
    }

    @Test
    void a_manager_records_a_price_change_on_the_page_and_sees_the_error_summary_for_a_bad_one() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/apprenticeships/" + apprenticeship + "/price");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Did the employer have fewer than 50 employees", "id=\"smallEmployer\"",
                "value=\"YES\"", "id=\"smallEmployer-2\"", "value=\"NO\"");
        PageClient.Page refused = head.post("/apprenticeships/" + apprenticeship + "/price", form, Map.of(
                "appliesFrom", start.minusDays(3).toString(), "trainingPrice", "-5", "assessmentPrice", "1000",
                "reason", "Renegotiated"));
        assertThat(refused.text()).contains("There is a problem", "£0 or more", "start date");
        PageClient.Page saved = head.post("/apprenticeships/" + apprenticeship + "/price", form, Map.of(
                "appliesFrom", start.toString(), "trainingPrice", "9000", "assessmentPrice", "1000",
                "reason", "Agreed at the start"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(head.get("/apprenticeships/" + apprenticeship).text()).contains("Prices, each from its date",
                "£9,000.00");
    }

    @Test
    void a_price_with_a_fraction_of_a_penny_is_a_field_error_on_the_page_and_in_the_api_and_nothing_is_recorded() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/apprenticeships/" + apprenticeship + "/price");
        PageClient.Page refused = head.post("/apprenticeships/" + apprenticeship + "/price", form, Map.of(
                "appliesFrom", start.toString(), "trainingPrice", "100.555", "assessmentPrice", "1000",
                "reason", "Renegotiated"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem",
                "Enter the training price (TNP1) in pounds and pence, like 9000 or 9000.50");
        assertThat(refused.body()).contains("href=\"#trainingPrice\"");

        Api.Response api = price(admin(), start, "100.555", "1000", null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("trainingPrice",
                "Enter the training price (TNP1) in pounds and pence, like 9000 or 9000.50");
        assertThat(admin().get(prices()).json().size()).isZero();
    }

    @Test
    void without_a_band_maximum_the_earnings_are_not_known_until_an_administrator_records_it() {
        assertThat(price(admin(), start, "9000", "1000", null).status()).isEqualTo(200);
        String band = "/api/v1/standards/" + reference + "/versions/1.0/funding-band-maximum";
        Api.Response refused = admin().put(band, "{\"maxFunding\": -5}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("maxFunding");
        assertThat(Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD)
                .put(band, "{\"maxFunding\": 9000}").status()).isEqualTo(403);

        assertThat(admin().put(band, "{\"maxFunding\": null}").status()).isEqualTo(200);
        JsonNode unknown = as(DemoAccounts.HEAD).get("/api/v1/apprenticeships/" + apprenticeship + "/funding").json();
        assertThat(unknown.get("earningsKnown").asBoolean()).isFalse();
        assertThat(unknown.get("earningsTotal").isNull()).isTrue();
        assertThat(unknown.get("warnings").toString()).contains("funding band maximum is not recorded");
        // the kept forecast takes a band maximum up when it is next worked out (each night, or "Work out now")
        ForecastWorkedOut.by(as(DemoAccounts.HEAD));
        JsonNode forecast = as(DemoAccounts.HEAD).get("/api/v1/funding/forecast?standard=" + reference).json();
        assertThat(forecast.get("earningsNotKnown").toString()).contains(apprenticeship.toString());
        assertThat(forecast.get("totalEarningsNotKnown").asLong()).isEqualTo(1);
        PageClient.Page which = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports/funding?standard="
                + reference + "&by=unknown");
        assertThat(which.text()).contains("1 apprenticeship is not in these figures",
                "funding band maximum is not recorded");

        Api.Response recorded = admin().put(band, "{\"maxFunding\": 9000}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(as(DemoAccounts.HEAD).get("/api/v1/apprenticeships/" + apprenticeship + "/funding").json()
                .get("earningsKnown").asBoolean()).isTrue();
    }
}
