package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.organisation.internal.provider.ProviderService;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.StandardFacts;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;
import waypoint.shared.money.Money;

/** The rules calculator page and the provider's planning policy behind it, over real HTTP. */
@WaypointTest
class RulesCalculatorPagesTest {

    static final PlanningPolicy SEED_HANDBOOK = new PlanningPolicy(Optional.of(new BigDecimal("20")), Optional.of(12));

    @LocalServerPort
    int port;
    @Autowired
    ProviderProfile provider;
    @Autowired
    ProviderService providerService;

    /** Other tests expect the demo provider's learner-handbook policy: put it back. */
    @AfterEach
    void putTheHandbookPolicyBack() {
        providerService.savePlanningPolicy(SEED_HANDBOOK);
    }

    private PageClient as(DemoAccounts account) {
        return PageClient.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    /** The example as the form sends it. */
    private static Map<String, String> example() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", "ST0116");
        form.put("startDay", "2");
        form.put("startMonth", "9");
        form.put("startYear", "2024");
        form.put("endDay", "1");
        form.put("endMonth", "3");
        form.put("endYear", "2026");
        form.put("weeklyHours", "37.5");
        form.put("birthDay", "1");
        form.put("birthMonth", "5");
        form.put("birthYear", "2004");
        form.put("rplHours", "");
        form.put("ehcPlan", "no");
        return form;
    }

    @Test
    void the_administrator_sets_the_providers_policy_and_the_calculator_then_shows_it() {
        PageClient admin = as(DemoAccounts.ADMIN);
        Page saved = admin.postForm("/admin/provider/planning-policy", "/admin/provider/planning-policy",
                Map.of("otjPercentageOfContractedHours", "25", "reviewIntervalWeeks", "8"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/admin/provider").body()).contains("25% of contracted hours", "Every 8 weeks");

        Page calculated = as(DemoAccounts.TUTOR).postForm("/rules-calculator", "/rules-calculator", example());

        RuleEvaluation expected = FundingRules.evaluate(ApprenticeshipFacts.of(LocalDate.of(2024, 9, 2),
                LocalDate.of(2026, 3, 1), new BigDecimal("37.5"), LocalDate.of(2004, 5, 1),
                StandardFacts.of("ST0116", Money.ZERO, 12)),
                new ProviderPolicy(Optional.of(new BigDecimal("25")), Optional.of(8)));
        assertThat(calculated.status()).isEqualTo(200);
        // 25% × 37.5 h = 9.375 h a week over 545 days; 8 weeks after 2 September 2024 is sooner than 12
        assertThat(calculated.body())
                .contains(expected.providerPlannedOtjHours().orElseThrow().toPlainString()
                        + " hours (25% of contracted hours)")
                .contains("28 October 2024")
                .contains("Provider&#39;s policy: 25% of contracted hours");
    }

    @Test
    void the_calculator_shows_the_answer_in_words_below_the_form() {
        Page page = as(DemoAccounts.TUTOR).postForm("/rules-calculator", "/rules-calculator", example());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Results", "417.0 hours", "521.2 hours (20% of contracted hours)",
                "25 November 2024", "Required at Level 2 by the funding rules", "How this was worked out",
                "Source: the apprenticeship funding rules, off-the-job training: the rules of the year the apprenticeship started");
        assertThat(page.body()).contains("value=\"37.5\"");
    }

    @Test
    void prior_learning_shows_what_it_reduces() {
        Map<String, String> form = example();
        form.put("standard", "ST1379");
        form.put("rplHours", "100");

        Page page = as(DemoAccounts.TUTOR).postForm("/rules-calculator", "/rules-calculator", form);

        // 100 h of the 417.0 h minimum is 24.0%: the minimum falls to 317.0 h, the price by at least 12% of £5,000
        assertThat(page.body()).contains("317.0 hours, after prior learning",
                "100.0 hours of the 417.0 hours minimum without prior learning: 24%",
                "At least £600.00 (12% of the funding band maximum) off the training price",
                "Planned end after prior learning");
    }

    @Test
    void a_policy_that_is_not_a_number_or_out_of_range_is_refused_and_nothing_changes() {
        PageClient admin = as(DemoAccounts.ADMIN);
        Page refused = admin.postForm("/admin/provider/planning-policy", "/admin/provider/planning-policy",
                Map.of("otjPercentageOfContractedHours", "lots", "reviewIntervalWeeks", "60"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the off-the-job percentage as a number, like 20",
                "Weeks between progress reviews must be from 1 to 52", "value=\"lots\"", "value=\"60\"");

        Page outOfRange = admin.postForm("/admin/provider/planning-policy", "/admin/provider/planning-policy",
                Map.of("otjPercentageOfContractedHours", "0", "reviewIntervalWeeks", "60"));
        assertThat(outOfRange.body()).contains("The off-the-job percentage must be more than 0 and at most 100",
                "Weeks between progress reviews must be from 1 to 52");
        assertThat(provider.planningPolicy()).isEqualTo(new PlanningPolicy(Optional.of(new BigDecimal("20.0")),
                Optional.of(12)));
    }

    @Test
    void an_empty_policy_follows_the_funding_rules() {
        as(DemoAccounts.ADMIN).postForm("/admin/provider/planning-policy", "/admin/provider/planning-policy",
                Map.of("otjPercentageOfContractedHours", "", "reviewIntervalWeeks", ""));

        assertThat(provider.planningPolicy()).isEqualTo(PlanningPolicy.fundingRulesOnly());
        Page page = as(DemoAccounts.TUTOR).postForm("/rules-calculator", "/rules-calculator", example());
        assertThat(page.body()).contains("None: the provider follows the funding rules", "417.0 hours, the funding minimum");
    }

    @Test
    void only_administrators_change_the_policy() {
        PageClient lead = as(DemoAccounts.LEAD);
        assertThat(lead.get("/admin/provider/planning-policy").status()).isEqualTo(403);
        Page refused = lead.postForm("/rules-calculator", "/admin/provider/planning-policy",
                Map.of("otjPercentageOfContractedHours", "50", "reviewIntervalWeeks", "4"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(provider.planningPolicy().reviewIntervalWeeks()).contains(12);
    }

    @Test
    void learners_and_employer_contacts_are_refused_the_calculator() {
        assertThat(as(DemoAccounts.LEARNER).get("/rules-calculator").status()).isEqualTo(403);
        assertThat(as(DemoAccounts.EMPLOYER).get("/rules-calculator").status()).isEqualTo(403);
        assertThat(as(DemoAccounts.LEARNER).get("/").body()).doesNotContain("Rules calculator");
        assertThat(as(DemoAccounts.TUTOR).get("/").body()).contains("Rules calculator");
    }

    @Test
    void wrong_answers_are_shown_against_their_fields_in_the_order_of_the_form() {
        Map<String, String> form = example();
        form.put("standard", "ST9999");
        form.put("startDay", "45");
        form.put("startMonth", "13");
        form.put("weeklyHours", "sixty");
        form.put("birthYear", "04");
        form.remove("ehcPlan");

        Page page = as(DemoAccounts.TUTOR).postForm("/rules-calculator", "/rules-calculator", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Rules calculator – Waypoint</title>")
                .containsSubsequence("href=\"#standard\"", "href=\"#startDay\"", "href=\"#weeklyHours\"",
                        "href=\"#birthDay\"", "href=\"#ehcPlan\"")
                .contains("There is no standard ST9999 in the catalogue", "Start date must be a real date",
                        "Weekly hours must be a number, like 37.5", "Year must include 4 numbers",
                        "Select yes if the learner has an education, health and care plan")
                .contains("value=\"sixty\"", "value=\"45\"")
                .doesNotContain("How this was worked out");
    }
}
