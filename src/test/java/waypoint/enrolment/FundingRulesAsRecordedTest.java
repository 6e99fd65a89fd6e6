package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.rules.EnglishAndMaths.DecidedBy;
import waypoint.rules.FundingEligibility;
import waypoint.rules.RuleEvaluation;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * The funding rules of an apprenticeship read what onboarding recorded: the employer's English and maths decision
 * (the gateway and off-the-job pages read it through {@link TrainingPlans#ruleEvaluation}) and the care-leaver and
 * education, health and care plan answers the level 7 age rule needs. Starts on 1 September 2026: the 2026 to 2027
 * rules. A level 7 standard of the test's own, with its published minimum of 600 hours.
 */
@WaypointTest
class FundingRulesAsRecordedTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    OnboardingImport onboarding;
    @Autowired
    TrainingPlans plans;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestApprenticeships people;
    String levelSeven;

    @BeforeEach
    void aLevelSevenStandard() {
        people = new TestApprenticeships(organisation, accounts);
        levelSeven = TestStandardReferences.next();
        Api.Response imported = admin().post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Level 7 rules test standard", "level": 7, "version": "1.0",
                 "typicalDuration": 24, "maxFunding": 14000, "status": "Approved for delivery",
                 "minimumHoursForCompliance": 600,
                 "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}]}""".formatted(levelSeven));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), TestApprenticeships.PASSWORD);
    }

    /** A learner with this date of birth, who can sign in. */
    LearnerId learnerBorn(LocalDate born) {
        String suffix = TestApprenticeships.unique();
        String email = "rules-" + suffix + "@example.test";
        accounts.createWithPassword(email, "Rules Learner " + suffix, Set.of(Role.LEARNER),
                TestApprenticeships.PASSWORD);
        return organisation.learner(new LearnerDetails("Rules", "Learner " + suffix, born, TestApprenticeships.uln(),
                null, email, null, "2 Low Road", null, "Leeds", "LS2 9JT", null, null));
    }

    String body(LearnerId learner, String standard) {
        return """
                {"learnerId": "%s", "employerId": "%s", "lineManagerId": "%s", "standardReference": "%s",
                 "tutorId": "%s", "startDate": "%s", "plannedEndDate": "%s", "weeklyHours": 37.5}"""
                .formatted(learner, people.employer, people.lineManager, standard, people.tutor, START,
                        START.plusMonths(24));
    }

    RuleEvaluation rules(UUID apprenticeship) {
        return plans.ruleEvaluation(new ApprenticeshipId(apprenticeship)).orElseThrow();
    }

    @Test
    void the_employers_english_and_maths_decision_recorded_in_the_initial_assessment_is_what_other_modules_read() {
        UUID id = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                "ST0116", people.tutor, START, START.plusMonths(18), new BigDecimal("37.5"))).value();
        assertThat(rules(id).englishAndMathsRequired()).isFalse();

        onboarding.answer(new ApprenticeshipId(id), "initial-assessment", Map.of("employerDecision",
                List.of("INCLUDE")), false);
        assertThat(rules(id).englishAndMaths().required()).isTrue();
        assertThat(rules(id).englishAndMaths().decidedBy()).isEqualTo(DecidedBy.EMPLOYER);

        onboarding.answer(new ApprenticeshipId(id), "initial-assessment", Map.of("employerDecision",
                List.of("WITHDRAWN")), false);
        assertThat(rules(id).englishAndMathsRequired()).isFalse();
        assertThat(rules(id).pack().name()).isEqualTo("Starts from 1 August 2026");
    }

    @Test
    void a_level_7_apprenticeship_for_a_learner_aged_25_at_the_start_is_refused_naming_the_rule() {
        // 25th birthday on 1 September 2026, the start
        Api.Response refused = admin().post("/api/v1/apprenticeships", body(learnerBorn(LocalDate.of(2001, 9, 1)),
                levelSeven));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("learnerId");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("aged 25 on 1 September 2026")
                .contains("source: the apprenticeship funding rules, level 7 apprenticeships from 1 January 2026");
    }

    @Test
    void a_level_7_apprentice_aged_24_is_funded_only_once_onboarding_records_a_care_leaver() {
        // 25th birthday on 2 September 2026, the day after the start
        Api.Response created = admin().post("/api/v1/apprenticeships", body(learnerBorn(LocalDate.of(2001, 9, 2)),
                levelSeven));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        assertThat(created.json().get("figures").get("warnings").toString()).contains("Funding not known yet")
                .contains("answer the care-leaver question");
        assertThat(rules(id).eligibility()).isEqualTo(FundingEligibility.NOT_KNOWN_YET);

        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        String eligibility = "/apprenticeships/" + id + "/onboarding/eligibility";
        var form = tutor.get(eligibility);
        var refused = tutor.post(eligibility, form, List.of(Map.entry("checks", "AGE"),
                Map.entry("checks", "RIGHT_TO_WORK"), Map.entry("checks", "EMPLOYED"),
                Map.entry("checks", "NOT_ALREADY"), Map.entry("rightToWorkEvidence", "UK passport"),
                Map.entry("careLeaver", "NO"), Map.entry("ehcPlan", "NO"), Map.entry("completed", "yes")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#careLeaver\"")
                .contains("The funding rules do not fund this apprenticeship")
                .contains("the apprenticeship funding rules, level 7 apprenticeships from 1 January 2026");
        assertThat(rules(id).eligibility()).isEqualTo(FundingEligibility.NOT_KNOWN_YET);

        var saved = tutor.post(eligibility, tutor.get(eligibility), List.of(Map.entry("checks", "AGE"),
                Map.entry("checks", "RIGHT_TO_WORK"), Map.entry("checks", "EMPLOYED"),
                Map.entry("checks", "NOT_ALREADY"), Map.entry("rightToWorkEvidence", "UK passport"),
                Map.entry("careLeaver", "YES"), Map.entry("ehcPlan", "NO"), Map.entry("completed", "yes")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(rules(id).eligibility()).isEqualTo(FundingEligibility.ELIGIBLE);
        assertThat(rules(id).eligibilitySentences()).singleElement().asString()
                .startsWith("Level 7 apprenticeship: aged 24 on 1 September 2026, the start, a care leaver: funded");
    }

    @Test
    void the_apprenticeship_page_shows_who_pays_the_price_by_the_2026_to_2027_rules() {
        // ST1379's band maximum is £5,000; the learner is 22 on 1 September 2026, at a non-levy employer
        Api.Response created = admin().post("/api/v1/apprenticeships", """
                {"learnerId": "%s", "employerId": "%s", "lineManagerId": "%s", "standardReference": "ST1379",
                 "tutorId": "%s", "startDate": "%s", "plannedEndDate": "%s", "weeklyHours": 37.5,
                 "fundingType": "NON_LEVY", "trainingPrice": 5800, "epaPrice": 700}"""
                .formatted(people.learner(), people.employer, people.lineManager, people.tutor, START,
                        START.plusMonths(18)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        var page = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Who pays the price").contains("£6,500.00").contains("£5,000.00")
                .contains("£1,500.00").contains("£0.00 (0%)")
                .contains("training of apprentices aged 16 to 24 at non-levy employers is fully funded")
                .contains("the apprenticeship funding rules 2026 to 2027, co-investment");
        String apprentice = people.lastLearnerEmail;
        assertThat(PageClient.signedInAs(port, apprentice, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + id).text()).contains("Who pays the price");
        people.learner();
        var someoneElse = PageClient.signedInAs(port, people.lastLearnerEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + id);
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(someoneElse.body()).doesNotContain("£6,500.00");
    }

    @Test
    void a_prior_learning_decision_records_what_it_reduces_for_the_ilr() {
        // 1 Sep 2026 to 1 Sep 2028 = 731 days; 150 of the published 600 h = 25.0%: 450 h, 25% of 731 = 183 days
        // shorter, at least 12.5% of the £14,000 band = £1,750.00 off the training price
        UUID id = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                levelSeven, people.tutor, START, START.plusYears(2), new BigDecimal("37.5"))).value();
        onboarding.skillsScan(new ApprenticeshipId(id), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(id), new BigDecimal("150"),
                "A level 6 diploma covering a quarter of the content");

        var recorded = jdbc.sql("""
                SELECT hours_recognised, prior_learning_percentage, reduced_minimum_otj_hours, duration_reduction_days,
                       price_reduction_percentage, minimum_price_reduction
                FROM enrolment.prior_learning WHERE apprenticeship_id = :id""").param("id", id)
                .query((rs, n) -> List.of(rs.getBigDecimal(1).toPlainString(), rs.getBigDecimal(2).toPlainString(),
                        rs.getBigDecimal(3).toPlainString(), Integer.toString(rs.getInt(4)),
                        rs.getBigDecimal(5).toPlainString(), rs.getBigDecimal(6).toPlainString()))
                .single();
        assertThat(recorded).containsExactly("150.0", "25.0", "450.0", "183", "12.50", "1750.00");
        assertThat(rules(id).minimumOtjHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("450"));
    }

    @Test
    void a_planned_end_short_of_8_months_for_a_2026_start_is_refused_naming_the_rule_and_its_source() {
        // 1 September 2026 + 242 days = 1 May 2027
        Api.Response refused = admin().post("/api/v1/apprenticeships", body(people.learner(), "ST0116")
                .replace(START.plusMonths(24).toString(), "2027-04-30"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedEndDate");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("at least 242 days after the start date").contains("starts from 1 August 2026")
                .contains("1 May 2027 or later")
                .contains("(source: the apprenticeship funding rules 2026 to 2027, minimum duration of 8 months)");
    }

    @Test
    void the_rules_calculator_api_answers_the_level_7_age_rule_with_the_care_leaver_answer_or_without_it() {
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        String question = """
                {"standard": "%s", "startDate": "2026-09-01", "plannedEndDate": "2028-09-01", "weeklyHours": 37.5,
                 "dateOfBirth": "2004-09-01", "ehcPlan": false%s}""";

        assertThat(tutor.post("/api/v1/rules/evaluate", question.formatted(levelSeven, "")).json()
                .get("fundingEligibility").asString()).isEqualTo("NOT_KNOWN_YET");
        assertThat(tutor.post("/api/v1/rules/evaluate", question.formatted(levelSeven, ", \"careLeaver\": false"))
                .json().get("fundingEligibility").asString()).isEqualTo("NOT_ELIGIBLE");
        Api.Response careLeaver = tutor.post("/api/v1/rules/evaluate",
                question.formatted(levelSeven, ", \"careLeaver\": true"));
        assertThat(careLeaver.status()).as(careLeaver.body()).isEqualTo(200);
        assertThat(careLeaver.json().get("fundingEligibility").asString()).isEqualTo("ELIGIBLE");
        assertThat(careLeaver.json().get("minimumOtjHours").decimalValue()).isEqualByComparingTo("600");
        assertThat(careLeaver.json().get("explanations").toString())
                .contains("Level 7 apprenticeship: aged 22 on 1 September 2026, the start, a care leaver: funded");
    }

    @Test
    void the_rules_calculator_page_asks_the_care_leaver_question_and_says_whether_level_7_is_funded() {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        Map<String, String> form = new java.util.HashMap<>(Map.of("standard", levelSeven, "startDay", "1",
                "startMonth", "9", "startYear", "2026", "endDay", "1", "endMonth", "9", "endYear", "2028",
                "weeklyHours", "37.5", "birthDay", "1", "birthMonth", "9"));
        form.putAll(Map.of("birthYear", "2004", "ehcPlan", "no", "careLeaver", "no"));

        var notFunded = tutor.postForm("/rules-calculator", "/rules-calculator", form);
        assertThat(notFunded.status()).isEqualTo(200);
        assertThat(notFunded.text()).contains("Is the learner a care leaver?").contains("Funded at level 7")
                .contains("No: over the age the funding rules allow")
                .contains("aged 22 on 1 September 2026, the start, not a care leaver");

        form.put("careLeaver", "yes");
        assertThat(tutor.postForm("/rules-calculator", "/rules-calculator", form).text())
                .contains("Funded at level 7").contains("a care leaver: funded up to 24");
    }
}
