package waypoint.enrolment.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.enrolment.internal.onboarding.Subject;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The onboarding pages: a conflicting edit keeps what was typed, certificates and their verification, denials. */
@WaypointTest
class OnboardingPagesTest {

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
    TrainingPlanService plans;

    OnboardingPeople people;
    String base;

    @BeforeEach
    void setUp() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        base = "/apprenticeships/" + people.apprenticeship;
    }

    @Test
    void when_two_staff_edit_the_plan_at_once_the_second_is_told_and_their_answers_are_kept() {
        new OnboardingSteps(forms, assessments, scans, priorLearning).readyToPlan(people);
        PageClient first = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        PageClient second = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        first.get(base + "/training-plan/edit");
        var secondForm = second.get(base + "/training-plan/edit");

        assertThat(first.post(base + "/training-plan", plan("500", "Basics")).status()).isEqualTo(302);
        var told = second.post(base + "/training-plan", secondForm, plan("520", "Second editor's milestone"));

        assertThat(told.status()).isEqualTo(200);
        assertThat(told.text()).contains("Someone else saved version 1 of the training plan")
                .contains("Your answers are kept below");
        assertThat(told.body()).contains("value=\"520\"").contains("Second editor&#39;s milestone");
        assertThat(plans.page(people.tutor, people.apprenticeship).versions()).hasSize(1);

        // Saving again, having seen the other version, makes the second editor's version 2
        assertThat(told.body()).contains("name=\"basedOnVersion\" value=\"1\"");
        Map<String, String> again = plan("520", "Second editor's milestone");
        again.put("basedOnVersion", "1");
        assertThat(second.post(base + "/training-plan", told, again).status()).isEqualTo(302);
        assertThat(plans.page(people.tutor, people.apprenticeship).latest().orElseThrow().content()
                .plannedOtjHours()).isEqualByComparingTo("520");
    }

    @Test
    void a_learner_uploads_a_certificate_and_staff_verify_it() {
        PageClient learner = PageClient.signedInAs(port, people.learner.email(), OnboardingPeople.PASSWORD);
        PageClient tutor = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assessments.uploadExemption(people.learner, people.apprenticeship, Subject.ENGLISH,
                "GCSE English Language grade 5", "gcse.pdf", new java.io.ByteArrayInputStream(pdf));
        var waiting = learner.get(base + "/onboarding/initial-assessment");
        assertThat(waiting.text()).contains("GCSE English Language grade 5").contains("Waiting for staff to verify");

        var page = tutor.get(base + "/onboarding/initial-assessment");
        var verified = tutor.post(base + "/onboarding/initial-assessment/exemptions/ENGLISH/verify", page, Map.of());
        assertThat(verified.status()).isEqualTo(302);
        assertThat(tutor.get(base + "/onboarding/initial-assessment").text()).contains("Verified");
        var download = tutor.get(base + "/onboarding/initial-assessment/exemptions/ENGLISH/certificate");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void an_executable_is_refused_as_a_certificate_with_the_answers_kept() {
        PageClient tutor = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        tutor.get(base + "/onboarding/initial-assessment");
        var refused = tutor.postFile(base + "/onboarding/initial-assessment",
                base + "/onboarding/initial-assessment/import", "file", "results.csv",
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem").contains("The file must be a text or CSV file");
    }

    @Test
    void someone_elses_learner_and_employer_are_told_the_pages_do_not_exist() {
        OnboardingPeople others = new OnboardingPeople(accounts, organisation, apprenticeships);
        PageClient learner = PageClient.signedInAs(port, others.learner.email(), OnboardingPeople.PASSWORD);
        PageClient employer = PageClient.signedInAs(port, others.manager.email(), OnboardingPeople.PASSWORD);

        for (String path : new String[] {"/onboarding", "/onboarding/skills-scan", "/training-plan",
                "/training-plan/sign", "/onboarding/declaration", "/training-plan/versions/1/pdf"}) {
            assertThat(learner.get(base + path).status()).as(path).isEqualTo(404);
            assertThat(employer.get(base + path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void a_task_form_shows_its_choices_as_the_shared_radios_with_the_answer_kept_and_the_error_against_the_question() {
        PageClient tutor = PageClient.signedInAs(port, people.tutor.email(), OnboardingPeople.PASSWORD);
        var page = tutor.get(base + "/onboarding/eligibility");
        assertThat(page.body()).contains("id=\"careLeaver\"", "id=\"careLeaver-2\"", "id=\"completed\"",
                "id=\"completed-2\"", "Yes, I&#39;ve completed this section");

        var unanswered = tutor.post(base + "/onboarding/eligibility", page, Map.of("careLeaver", "NO"));
        assertThat(unanswered.status()).isEqualTo(200);
        assertThat(unanswered.text()).contains("There is a problem", "Select whether you have completed this section");
        assertThat(unanswered.body()).contains("href=\"#completed\"", "id=\"completed-error\"")
                .containsPattern("value=\"NO\"[^>]*checked");

        var wrong = tutor.post(base + "/onboarding/eligibility", page, Map.of("careLeaver", "MAYBE",
                "completed", "no"));
        assertThat(wrong.text()).contains("Choose from the options given for is the learner a care leaver?");
        assertThat(wrong.body()).contains("id=\"careLeaver-error\"").containsPattern("value=\"no\"[^>]*checked");
    }

    @Test
    void the_learner_may_not_save_staff_tasks_nor_start_the_apprenticeship() {
        PageClient learner = PageClient.signedInAs(port, people.learner.email(), OnboardingPeople.PASSWORD);
        var page = learner.get(base + "/onboarding/eligibility");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Save and continue");

        assertThat(learner.post(base + "/onboarding/eligibility", page, Map.of("completed", "no")).status())
                .isEqualTo(403);
        assertThat(learner.post(base + "/start", page, Map.of()).status()).isEqualTo(403);
    }

    private static Map<String, String> plan(String hours, String milestone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOnVersion", "0");
        fields.put("plannedOtjHours", hours);
        fields.put("teachingSessions", "Zoom");
        fields.put("studyDays", "Wednesday");
        fields.put("milestones[0].title", milestone);
        fields.put("milestones[0].targetDate", "1/12/2025");
        fields.put("milestones[0].ksbs", "K1");
        fields.put("rolesAndResponsibilities", "Everyone plays their part");
        fields.put("supportNeeds", "None");
        fields.put("englishAndMathsPlan", "Functional skills");
        return fields;
    }
}
