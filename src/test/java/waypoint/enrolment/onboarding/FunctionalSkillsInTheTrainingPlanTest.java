package waypoint.enrolment.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TrainingPlans;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The training plan states the functional skills qualifications it plans, English and maths each none or a level, on
 * the page and in the API, checked with a clear message; other modules read them from the newest version.
 */
@WaypointTest
class FunctionalSkillsInTheTrainingPlanTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService apprenticeships;
    @Autowired
    FormTaskService forms;
    @Autowired
    InitialAssessmentService assessments;
    @Autowired
    SkillsScanService scans;
    @Autowired
    PriorLearningService priorLearning;
    @Autowired
    TrainingPlans plans;

    OnboardingPeople people;
    String base;

    @BeforeEach
    void givenAnApprenticeshipReadyForItsPlan() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        new OnboardingSteps(forms, assessments, scans, priorLearning).readyToPlan(people);
        base = "/apprenticeships/" + people.apprenticeship;
    }

    static String plan(int basedOn, String functionalSkills) {
        return """
                {"basedOnVersion":%d,"plannedOtjHours":"500","teachingSessions":"2 to 3 a month by Zoom",
                 "studyDays":"Wednesday","milestones":[{"title":"Basics","targetDate":"2025-12-01","ksbs":["K1","S1"]}],
                 "rolesAndResponsibilities":"Everyone plays their part","supportNeeds":"None",
                 "englishAndMathsPlan":"Maths with the functional skills tutor"%s}"""
                .formatted(basedOn, functionalSkills == null ? "" : ",\"functionalSkills\":" + functionalSkills);
    }

    @Test
    void a_plan_saved_through_the_api_plans_maths_at_a_level_and_says_so_in_its_signed_text() {
        Api tutor = Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD);

        Api.Response saved = tutor.put("/api/v1" + base + "/training-plan",
                plan(0, "{\"english\":\"NONE\",\"maths\":\"LEVEL_2\"}"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("functionalSkills").get("maths").asString()).isEqualTo("LEVEL_2");
        assertThat(saved.json().get("canonicalText").asString())
                .contains("Functional skills planned: Functional Skills maths Level 2");
        assertThat(plans.functionalSkillsPlanned(people.apprenticeship))
                .isEqualTo(new PlannedFunctionalSkills(null, FunctionalSkillsLevel.LEVEL_2));
    }

    @Test
    void a_level_that_is_not_one_is_a_field_error_naming_the_choices() {
        Api tutor = Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD);

        Api.Response refused = tutor.put("/api/v1" + base + "/training-plan",
                plan(0, "{\"english\":\"GCSE\",\"maths\":\"LEVEL_2\"}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("functionalSkillsEnglish",
                "Select the functional skills English qualification planned: none, Entry Level 3, Level 1 or Level 2");
        assertThat(plans.functionalSkillsPlanned(people.apprenticeship))
                .isEqualTo(PlannedFunctionalSkills.NONE);
    }

    @Test
    void a_wrong_level_is_refused_together_with_every_other_wrong_answer_of_the_plan() {
        Api tutor = Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD);

        Api.Response refused = tutor.put("/api/v1" + base + "/training-plan",
                plan(0, "{\"english\":\"GCSE\",\"maths\":\"LEVEL_2\"}").replace("Everyone plays their part", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("functionalSkillsEnglish", "rolesAndResponsibilities",
                "Enter the roles and responsibilities");
    }

    @Test
    void a_plan_written_without_the_question_plans_none_and_a_change_of_plan_is_a_new_version_saying_what_changed() {
        Api tutor = Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD);
        assertThat(tutor.put("/api/v1" + base + "/training-plan", plan(0, null)).status()).isEqualTo(200);
        assertThat(plans.functionalSkillsPlanned(people.apprenticeship).nothingPlanned())
                .isTrue();

        Api.Response second = tutor.put("/api/v1" + base + "/training-plan",
                plan(1, "{\"english\":\"LEVEL_1\"}"));

        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        assertThat(second.json().get("changes").toString()).contains(
                "Functional skills planned changed from “none” to “Functional Skills English Level 1”");
    }

    static Map<String, String> fields(String english, String maths) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("basedOnVersion", "0",
                "plannedOtjHours", "500", "teachingSessions", "Zoom", "studyDays", "Wednesday",
                "milestones[0].title", "Basics", "milestones[0].targetDate", "1/12/2025", "milestones[0].ksbs", "K1",
                "rolesAndResponsibilities", "All", "supportNeeds", "None"));
        fields.put("englishAndMathsPlan", "Maths with the functional skills tutor");
        fields.put("functionalSkillsEnglish", english);
        fields.put("functionalSkillsMaths", maths);
        return fields;
    }

    @Test
    void the_plan_page_asks_for_each_subject_and_keeps_the_answer_with_the_error_summary() {
        PageClient tutor = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        PageClient.Page form = tutor.get(base + "/training-plan/edit");
        assertThat(form.body()).contains("Functional skills English planned", "Functional skills maths planned",
                "name=\"functionalSkillsMaths\"");

        PageClient.Page wrong = tutor.post(base + "/training-plan", form, fields("NONE", "LEVEL_9"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem", "href=\"#functionalSkillsMaths\"",
                "Select the functional skills maths qualification planned");

        PageClient.Page saved = tutor.post(base + "/training-plan", form, fields("NONE", "LEVEL_2"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tutor.get(base + "/training-plan").body()).contains("Functional skills planned",
                "Functional Skills maths Level 2");
        assertThat(tutor.get(base + "/training-plan/edit").body())
                .containsPattern("value=\"LEVEL_2\"\\s+checked=\"checked\"");
    }

    @Test
    void a_page_of_apprenticeships_is_read_at_once_each_without_a_plan_planning_none() {
        UUID none = UUID.randomUUID();
        Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD).put("/api/v1" + base
                + "/training-plan", plan(0, "{\"english\":\"ENTRY_LEVEL_3\",\"maths\":\"LEVEL_1\"}"));

        ApprenticeshipId planned = people.apprenticeship;
        Map<ApprenticeshipId, PlannedFunctionalSkills> read = plans.functionalSkillsPlanned(
                List.of(planned, new ApprenticeshipId(none)));

        assertThat(read.get(planned).inWords())
                .isEqualTo("Functional Skills English Entry Level 3; Functional Skills maths Level 1");
        assertThat(read.get(new ApprenticeshipId(none))).isEqualTo(PlannedFunctionalSkills.NONE);
    }
}
