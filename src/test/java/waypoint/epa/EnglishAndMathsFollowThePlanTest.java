package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.ReviewImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The gateway's English and maths items follow the plan: an adult whose English and maths the funding rules do not
 * require still needs the functional skills qualification the training plan or a signed progress review plans, until
 * it is achieved (or waived by a named person).
 */
@WaypointTest
class EnglishAndMathsFollowThePlanTest {

    @Autowired
    TestClock clock;

    static final PlannedFunctionalSkills MATHS_LEVEL_2 = new PlannedFunctionalSkills(null,
            FunctionalSkillsLevel.LEVEL_2);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    OnboardingImport onboarding;
    @Autowired
    ReviewImport reviews;
    @Autowired
    EpaImport epa;

    EpaPeople people;
    Api tutor;

    @BeforeEach
    void givenAnAdultWhoseEmployerLeftEnglishAndMathsOut() {
        people = new EpaPeople(accounts, organisation, apprenticeships);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        onboarding.englishAndMathsResults(new ApprenticeshipId(people.apprenticeship), "Level 2", "Level 1",
                people.start.minusDays(14));
        onboarding.answer(new ApprenticeshipId(people.apprenticeship), "initial-assessment",
                Map.of("priorQualifications",
                List.of("GCSEs (2006)"), "employerDecision", List.of("REMOVE")), true);
        onboarding.skillsScan(new ApprenticeshipId(people.apprenticeship), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(people.apprenticeship), BigDecimal.ZERO, "None claimed");
    }

    void planWith(PlannedFunctionalSkills functionalSkills) {
        Map<LocalDate, String> milestones = new LinkedHashMap<>();
        milestones.put(people.start.plusMonths(6), "Mentoring practice observed");
        onboarding.trainingPlan(new ApprenticeshipId(people.apprenticeship), "Monthly sessions by Teams", "Friday",
                milestones,
                "Everyone plays their part", "None", "Maths functional skills Level 2 before the gateway",
                functionalSkills);
    }

    JsonNode item(String key) {
        Api.Response gateway = tutor.get("/api/v1/apprenticeships/" + people.apprenticeship + "/gateway");
        assertThat(gateway.status()).as(gateway.body()).isEqualTo(200);
        for (JsonNode item : gateway.json().get("items")) {
            if (item.get("key").asString().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("No item " + key + " in " + gateway.body());
    }

    @Test
    void without_a_plan_for_functional_skills_the_rules_decide_and_maths_is_not_required() {
        planWith(PlannedFunctionalSkills.NONE);

        JsonNode maths = item("maths");

        assertThat(maths.get("met").asBoolean()).isTrue();
        assertThat(maths.get("evidence").asString()).startsWith("Not required");
    }

    @Test
    void maths_planned_in_the_training_plan_is_needed_until_achieved() {
        planWith(MATHS_LEVEL_2);

        JsonNode maths = item("maths");
        assertThat(maths.get("met").asBoolean()).isFalse();
        assertThat(maths.get("evidence").asString())
                .isEqualTo("Planned in the training plan: Functional Skills maths Level 2; not achieved yet");
        assertThat(item("english").get("met").asBoolean()).as("English is not planned").isTrue();
        String page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD)
                .get("/apprenticeships/" + people.apprenticeship + "/gateway").body();
        assertThat(page).contains("Planned in the training plan: Functional Skills maths Level 2; not achieved yet")
                .contains("still needed").doesNotContain("govuk-tag--green\">Complete</strong>");

        epa.confirm(new ApprenticeshipId(people.apprenticeship), "maths",
                "Functional Skills maths Level 2 certificate seen",
                people.tutor.displayName(), "Recorded by staff");

        assertThat(item("maths").get("met").asBoolean()).isTrue();
        assertThat(item("maths").get("evidence").asString()).startsWith("Achieved: Functional Skills maths Level 2");
    }

    @Test
    void maths_planned_at_a_signed_progress_review_is_needed_until_achieved() {
        planWith(PlannedFunctionalSkills.NONE);
        reviews.hold(new ApprenticeshipId(people.apprenticeship), LocalDate.now(clock).minusDays(7), true,
                MATHS_LEVEL_2);

        JsonNode maths = item("maths");

        assertThat(maths.get("met").asBoolean()).isFalse();
        assertThat(maths.get("evidence").asString()).isEqualTo(
                "Planned at progress review 1 (signed): Functional Skills maths Level 2; not achieved yet");
    }
}
