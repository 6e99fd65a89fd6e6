package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.StandardFacts;
import waypoint.support.Api;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;
import waypoint.shared.money.Money;

/** POST /api/v1/rules/evaluate over real HTTP: the figures are the rules module's, and bad input names its field. */
@WaypointTest
class RulesCalculatorApiTest {

    /** The example: ST0116, a 2024 start of 545 days, 37.5 hours a week, aged 20 at the start. */
    static final String EXAMPLE = """
            {"standard": "ST0116", "startDate": "2024-09-02", "plannedEndDate": "2026-03-01", "weeklyHours": 37.5,
             "dateOfBirth": "2004-05-01", "rplHours": 0, "ehcPlan": false}""";

    /** A standard with a published minimum for starts from 1 August 2025, which no shipped standard has yet. */
    static final String PUBLISHED = TestStandardReferences.next();
    static final BigDecimal PUBLISHED_MINIMUM = new BigDecimal("250");

    @LocalServerPort
    int port;
    @Autowired
    ProviderProfile provider;

    Api tutor;

    @BeforeEach
    void signIn() {
        tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        if (admin.get("/api/v1/standards/" + PUBLISHED).status() == 404) {
            Api.Response imported = admin.post("/api/v1/standards/import", """
                    {"referenceNumber": "%s", "title": "Published minimum", "level": 3, "version": "1.0",
                     "typicalDuration": 12, "maxFunding": 6000, "publishedMinimumOtjHours": %s,
                     "knowledges": [{"knowledgeId": "K1", "detail": "Knowledge"}],
                     "skills": [{"skillId": "S1", "detail": "A skill"}],
                     "behaviours": [{"behaviourId": "B1", "detail": "A behaviour"}]}
                    """.formatted(PUBLISHED, PUBLISHED_MINIMUM));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        }
    }

    @Test
    void the_example_gets_each_figure_the_funding_rules_give() {
        Api.Response response = tutor.post("/api/v1/rules/evaluate", EXAMPLE);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        RuleEvaluation expected = FundingRules.evaluate(ApprenticeshipFacts.of(LocalDate.of(2024, 9, 2),
                LocalDate.of(2026, 3, 1), new BigDecimal("37.5"), LocalDate.of(2004, 5, 1),
                StandardFacts.of("ST0116", Money.ZERO, 12)), providerPolicy());
        // 545 days: 6 h a week (a full-time 2022-25 start) × 545 × (1/7 − 5.6/365) = 417.0 h
        assertThat(body.get("minimumOtjHours").decimalValue()).isEqualByComparingTo(expected.minimumOtjHours().orElseThrow())
                .isEqualByComparingTo("417.0");
        assertThat(body.get("minimumOtjHours").toString()).isEqualTo("417.0");
        assertThat(body.get("providerPlannedOtjHours").decimalValue())
                .isEqualByComparingTo(expected.providerPlannedOtjHours().orElseThrow());
        assertThat(body.get("plannedOtjHours").decimalValue()).isEqualByComparingTo(expected.plannedOtjHours().orElseThrow());
        // 12 months, as the ILR counts them; 545 planned days meet it
        assertThat(body.get("minimumDurationDays").asLong()).isEqualTo(expected.minimumDurationDays()).isEqualTo(365);
        assertThat(body.get("meetsMinimumDuration").asBoolean()).isTrue();
        // 12 weeks (84 days) after 2 September 2024
        assertThat(body.get("firstReviewDue").asString()).isEqualTo(expected.firstReviewDue().toString())
                .isEqualTo("2024-11-25");
        // aged 20 at a start before 11 February 2025: required unless the employer removed them
        assertThat(body.get("englishAndMathsRequired").asBoolean()).isTrue();
        assertThat(body.get("englishAndMaths").get("required").asBoolean()).isTrue();
        assertThat(body.get("englishAndMaths").get("level").asString()).isEqualTo("Level 2");
        assertThat(body.get("englishAndMaths").get("note").asString()).isEqualTo("Required at Level 2 by the funding rules");
        // every calendar month for starts from 1 August 2023: at most 31 days
        assertThat(body.get("activeLearningIntervalDays").asInt()).isEqualTo(expected.activeLearningIntervalDays())
                .isEqualTo(31);
        assertThat(body.get("standard").get("referenceNumber").asString()).isEqualTo("ST0116");
        assertThat(body.get("standard").get("version").asString()).isEqualTo("1.1");
        assertThat(body.get("standard").get("title").asString()).isEqualTo("Software developer");
        assertThat(body.has("rpl")).isFalse();
        assertThat(body.get("explanations").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(expected.explanationSentences());
    }

    @Test
    void the_providers_20_percent_plans_more_than_the_funding_minimum_for_a_full_time_2022_to_2025_start() {
        assertThat(provider.planningPolicy().otjPercentageOfContractedHours())
                .as("the demo provider follows the learner handbook").contains(new BigDecimal("20.0"));

        JsonNode body = tutor.post("/api/v1/rules/evaluate", EXAMPLE).json();

        // 20% × 37.5 h = 7.5 h a week against the funding rules' 6 h: 7.5 × 545 × (1/7 − 5.6/365) = 521.2 h
        BigDecimal funding = body.get("minimumOtjHours").decimalValue();
        BigDecimal providers = body.get("providerPlannedOtjHours").decimalValue();
        assertThat(providers).isEqualByComparingTo("521.2").isGreaterThan(funding);
        assertThat(body.get("plannedOtjHours").decimalValue()).isEqualByComparingTo(providers);
        assertThat(body.get("explanations").toString()).contains("Provider's policy: 20% of contracted hours");
    }

    static Stream<Arguments> starts_either_side_of_1_august_2025() {
        return Stream.of(
                Arguments.of("ST1379", "2025-07-31", "the 2022-25 rules: 6 h a week over the period", true),
                Arguments.of("ST1379", "2025-08-01", "the 2025-26 rules: unknown without a published minimum", false),
                Arguments.of(PUBLISHED, "2025-07-31", "the 2022-25 rules: 6 h a week over the period", true),
                Arguments.of(PUBLISHED, "2025-08-01", "the 2025-26 rules: the published minimum", true));
    }

    @ParameterizedTest(name = "{0} starting {1}: {2}")
    @MethodSource
    void starts_either_side_of_1_august_2025(String standard, String start, String why, boolean minimumKnown) {
        LocalDate startDate = LocalDate.parse(start);
        LocalDate end = startDate.plusMonths(15);
        JsonNode body = tutor.post("/api/v1/rules/evaluate", """
                {"standard": "%s", "startDate": "%s", "plannedEndDate": "%s", "weeklyHours": 37.5,
                 "dateOfBirth": "2000-01-01", "rplHours": 0, "ehcPlan": false}""".formatted(standard, start, end)).json();

        StandardFacts facts = standard.equals(PUBLISHED)
                ? StandardFacts.of(standard, Money.pounds(6000), 12).withPublishedMinimumOtjHours(PUBLISHED_MINIMUM)
                : StandardFacts.of(standard, Money.pounds(5000), 12);
        RuleEvaluation expected = FundingRules.evaluate(ApprenticeshipFacts.of(startDate, end, new BigDecimal("37.5"),
                LocalDate.of(2000, 1, 1), facts), providerPolicy());
        assertThat(expected.minimumOtjHours().isPresent()).isEqualTo(minimumKnown);
        if (minimumKnown) {
            assertThat(body.get("minimumOtjHours").decimalValue())
                    .isEqualByComparingTo(expected.minimumOtjHours().orElseThrow());
            assertThat(body.get("plannedOtjHours").decimalValue())
                    .isEqualByComparingTo(expected.plannedOtjHours().orElseThrow());
        } else {
            assertThat(body.get("minimumOtjHours").isNull()).as("present, and null").isTrue();
            assertThat(body.get("plannedOtjHours").isNull()).isTrue();
            assertThat(body.get("explanations").toString()).contains("Minimum off-the-job hours: unknown");
        }
        assertThat(body.get("providerPlannedOtjHours").decimalValue())
                .isEqualByComparingTo(expected.providerPlannedOtjHours().orElseThrow());
        assertThat(body.get("minimumDurationDays").asLong()).isEqualTo(expected.minimumDurationDays());
        assertThat(body.get("firstReviewDue").asString()).isEqualTo(expected.firstReviewDue().toString());
        assertThat(body.get("activeLearningIntervalDays").asInt()).isEqualTo(expected.activeLearningIntervalDays());
        assertThat(body.get("explanations").get(0).asString()).isEqualTo(expected.explanationSentences().get(0));
    }

    @Test
    void with_a_published_minimum_from_1_august_2025_the_minimum_is_that_figure() {
        JsonNode body = tutor.post("/api/v1/rules/evaluate", """
                {"standard": "%s", "startDate": "2025-08-01", "plannedEndDate": "2026-11-01", "weeklyHours": 37.5,
                 "dateOfBirth": "2000-01-01", "ehcPlan": false}""".formatted(PUBLISHED)).json();

        assertThat(body.get("minimumOtjHours").toString()).isEqualTo("250.0");
    }

    @Test
    void prior_learning_says_what_it_reduces() {
        JsonNode body = tutor.post("/api/v1/rules/evaluate", """
                {"standard": "ST1379", "startDate": "2024-09-02", "plannedEndDate": "2026-03-01", "weeklyHours": 37.5,
                 "dateOfBirth": "2004-05-01", "rplHours": 100, "ehcPlan": true}""").json();

        RuleEvaluation expected = FundingRules.evaluate(ApprenticeshipFacts.of(LocalDate.of(2024, 9, 2),
                LocalDate.of(2026, 3, 1), new BigDecimal("37.5"), LocalDate.of(2004, 5, 1),
                StandardFacts.of("ST1379", Money.pounds(5000), 12)).withRplHours(new BigDecimal("100"))
                .withEhcPlan(true), providerPolicy());
        JsonNode rpl = body.get("rpl");
        assertThat(rpl.get("rplHours").toString()).isEqualTo("100.0");
        // 100 h of the 417.0 h minimum = 24.0%; the minimum falls to 317.0 h
        assertThat(rpl.get("percentage").decimalValue()).isEqualByComparingTo(expected.priorLearning().orElseThrow().percentage())
                .isEqualByComparingTo("24.0");
        assertThat(body.get("minimumOtjHours").decimalValue()).isEqualByComparingTo("317.0");
        assertThat(rpl.get("reducedPlannedEndDate").asString())
                .isEqualTo(expected.priorLearning().orElseThrow().reducedPlannedEndDate().toString());
        assertThat(rpl.get("minimumPriceReduction").decimalValue())
                .isEqualByComparingTo(expected.priorLearning().orElseThrow().minimumPriceReduction().pounds());
        assertThat(body.get("englishAndMaths").get("level").asString()).isEqualTo("Entry Level 3");
    }

    static Stream<Arguments> bad_input_names_its_field() {
        return Stream.of(
                Arguments.of("a start after the end", "\"startDate\": \"2026-03-02\", \"plannedEndDate\": \"2026-03-01\"",
                        "plannedEndDate", "The planned end date must be after the start date"),
                Arguments.of("no weekly hours", "\"weeklyHours\": 0", "weeklyHours", "Weekly hours must be more than 0"),
                Arguments.of("negative weekly hours", "\"weeklyHours\": -1", "weeklyHours", "Weekly hours must be more than 0"),
                Arguments.of("more than 60 weekly hours", "\"weeklyHours\": 60.5", "weeklyHours",
                        "Weekly hours must be 60 or fewer"),
                Arguments.of("weekly hours in words", "\"weeklyHours\": \"lots\"", "weeklyHours",
                        "Weekly hours must be a number, like 37.5"),
                Arguments.of("a start date that is not a date", "\"startDate\": \"2024-13-45\"", "startDate",
                        "The start date must be a real date, like 2024-09-02"),
                Arguments.of("a planned end that is not a date", "\"plannedEndDate\": \"soon\"", "plannedEndDate",
                        "The planned end date must be a real date, like 2024-09-02"),
                Arguments.of("a birth date that is not a date", "\"dateOfBirth\": \"2004-02-30\"", "dateOfBirth",
                        "The date of birth must be a real date, like 2024-09-02"),
                Arguments.of("a learner too young to start", "\"dateOfBirth\": \"2010-01-01\"", "dateOfBirth",
                        "The learner cannot start until after"),
                Arguments.of("no start date", "\"startDate\": null", "startDate", "Enter the start date"),
                Arguments.of("negative prior learning", "\"rplHours\": -5", "rplHours",
                        "Prior learning hours must be 0 or more"),
                Arguments.of("an unknown standard", "\"standard\": \"ST9999\"", "standard",
                        "There is no standard ST9999 in the catalogue"),
                Arguments.of("a standard that is not a reference", "\"standard\": \"software\"", "standard",
                        "There is no standard SOFTWARE in the catalogue"),
                Arguments.of("no standard", "\"standard\": \"\"", "standard", "Choose the standard"),
                Arguments.of("prior learning on a standard without a funding band", "\"rplHours\": 50", "rplHours",
                        "Prior learning reduces the price by a share of the funding band maximum"),
                Arguments.of("an EHC plan of maybe", "\"ehcPlan\": \"maybe\"", "ehcPlan", "ehcPlan must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bad_input_names_its_field(String why, String change, String field, String message) {
        Api.Response response = tutor.post("/api/v1/rules/evaluate", with(change));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<JsonNode> errors = response.json().get("errors").valueStream().toList();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("message").asString()).startsWith(message);
        });
    }

    @Test
    void every_wrong_answer_is_named_at_once() {
        Api.Response response = tutor.post("/api/v1/rules/evaluate", """
                {"standard": "ST9999", "startDate": "2024-13-45", "plannedEndDate": "2024-01-01", "weeklyHours": 61,
                 "dateOfBirth": "not a date", "rplHours": -1, "ehcPlan": false}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("standard", "startDate", "weeklyHours", "dateOfBirth", "rplHours");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Api.Response response = tutor.post("/api/v1/rules/evaluate", "{\"standard\": \"ST0116\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Malformed request");
    }

    @Test
    void learners_and_employer_contacts_are_refused_the_calculator() {
        for (DemoAccounts account : List.of(DemoAccounts.LEARNER, DemoAccounts.EMPLOYER)) {
            Api.Response response = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD)
                    .post("/api/v1/rules/evaluate", EXAMPLE);

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("minimumOtjHours");
        }
    }

    @Test
    void without_signing_in_there_is_no_answer() {
        assertThat(Api.at(port).post("/api/v1/rules/evaluate", EXAMPLE).status()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_describes_the_calculator() {
        String document = tutor.get("/v3/api-docs").body();

        assertThat(document).contains("/api/v1/rules/evaluate", "EvaluateRequest");
    }

    /** The example with one or more of its members replaced. */
    private static String with(String change) {
        String body = EXAMPLE;
        for (String member : change.split(", (?=\")")) {
            String name = member.substring(0, member.indexOf(':'));
            body = body.replaceFirst(java.util.regex.Pattern.quote(name) + ": (\"[^\"]*\"|[^,}]*)",
                    java.util.regex.Matcher.quoteReplacement(member));
        }
        return body;
    }

    /** The demo provider's policy, as the rules take it. */
    private ProviderPolicy providerPolicy() {
        PlanningPolicy policy = provider.planningPolicy();
        return new ProviderPolicy(policy.otjPercentageOfContractedHours(), policy.reviewIntervalWeeks());
    }
}
