package waypoint.enrolment.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;

/**
 * Staff onboard a learner end to end while the employer and the learner, each signed in in their own browser, rate
 * the skills scan, apply for prior learning and sign; then staff start the apprenticeship and it is in learning.
 */
class StaffOnboardALearnerJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport imports;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService apprenticeships;
    @Autowired
    Learners learners;

    OnboardingPeople people;
    String onboarding;

    @BeforeEach
    void givenAnApprenticeshipInOnboarding() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        onboarding = "/apprenticeships/" + people.apprenticeship + "/onboarding";
    }

    @Test
    void staff_onboard_a_learner_while_the_employer_and_learner_sign_in_their_own_browsers() {
        Page staff = page;
        Page learner = anotherBrowser();
        Page employer = anotherBrowser();

        // given the tutor, the learner and the employer each signed in in their own browser
        act(learner);
        signIn(people.learner.email(), OnboardingPeople.PASSWORD);
        act(employer);
        signIn(people.manager.email(), OnboardingPeople.PASSWORD);
        act(staff);
        signIn(people.tutor.email(), OnboardingPeople.PASSWORD);

        // when the tutor opens the task list, tasks waiting for others cannot start yet
        visit(onboarding);
        assertThat(page.locator("h1")).hasText("Onboarding");
        assertThat(page.locator("#prior-learning-status")).hasText("Cannot start yet");
        assertThat(page.locator("#pre-start-meeting-status")).hasText("Not started");

        // and records the employer pre-start meeting, first leaving out what the section needs
        task("Employer pre-start meeting");
        page.getByLabel("Date of the meeting").fill("12/5/2025");
        yesCompleted();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the job role's key activities");
        assertThat(page.getByLabel("Date of the meeting")).hasValue("12/5/2025");
        page.getByLabel("The job role's key activities").fill("Builds and tests web pages");
        page.getByLabel("Why the chosen standard fits the job role").fill("Software development is the job");
        yesCompleted();
        assertThat(page.locator("#pre-start-meeting-status")).hasText("Completed");

        // and the eligibility checks
        task("Eligibility");
        for (Locator box : page.locator("input[name=checks]").all()) {
            box.check();
        }
        page.getByLabel("Right to work evidence seen").fill("UK passport");
        yesCompleted();

        // and the start-up meeting, which the pre-start meeting opened
        task("Apprenticeship start-up meeting");
        page.getByLabel("Date of the meeting").fill("20/5/2025");
        for (Locator box : page.locator("input[name=attendees], input[name=planDiscussed]").all()) {
            box.check();
        }
        page.getByLabel("Delivery method agreed").fill("Remotely by Zoom");
        page.getByLabel("Study days agreed").fill("Wednesday afternoons");
        page.getByLabel("End-point assessment methods agreed").fill("Project and professional discussion");
        page.getByLabel("End-point assessment organisation agreed").fill("BCS");
        yesCompleted();

        // and imports the English and maths results from the diagnostic tool's CSV
        task("Initial assessment");
        String uln = learners.find(apprenticeshipsLearner()).orElseThrow().uln();
        page.getByLabel("CSV export (for example from bksb)").setInputFiles(new FilePayload("bksb.csv", "text/csv",
                ("ULN,Subject,Assessment,Result,Date\n" + uln + ",English,Initial,Level 1,20/05/2025\n" + uln
                        + ",English,Diagnostic,Level 1,21/05/2025\n" + uln + ",Maths,Initial,Entry Level 3,20/05/2025\n"
                        + uln + ",Maths,Diagnostic,Level 1,21/05/2025\n").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import results")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("4 results imported");
        page.getByLabel("Prior qualifications").fill("GCSEs in 2020");
        page.getByLabel("Include English and maths").check();
        yesCompleted();
        assertThat(page.locator("#initial-assessment-status")).hasText("Completed");

        // and covers the induction topics
        task("Induction");
        page.getByLabel("Date of the induction").fill("2/6/2025");
        for (Locator box : page.locator("input[name=topics]").all()) {
            box.check();
        }
        yesCompleted();
        assertThat(page.locator("#induction-status")).hasText("In progress");

        // when the learner, in their browser, sees what to do next on their home page
        act(learner);
        visit("/");
        assertThat(page.locator("#apprenticeship-heading")).hasText("Your apprenticeship");
        assertThat(page.locator("main")).containsText("Your tutor");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Rate yourself on every KSB in your skills scan")).click();
        assertAccessible();
        rateEverything("2");
        // and signs the handbook declaration
        visit(onboarding + "/declaration");
        page.getByLabel("Your full name, to sign the declaration").fill(people.learner.displayName());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the declaration")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-panel")).containsText("Signed");

        // and the employer, in theirs, rates the skills scan from their home page
        act(employer);
        visit("/");
        assertThat(page.locator("#apprentices-heading")).hasText("Your apprentices");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate the skills scan")).click();
        assertAccessible();
        page.locator("select[name^='rating-']").first().selectOption("4");
        rateEverything("2");
        assertThat(page.locator("body")).containsText("Ratings differ for 1 of");
        assertThat(page.locator(".govuk-tag--orange")).hasCount(1);

        // then the learner can apply for prior learning
        act(learner);
        visit(onboarding + "/prior-learning");
        page.getByLabel("Qualifications or experience you want recognised").fill("A Level 3 IT diploma");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send application")).click();
        assertAccessible();

        // and the tutor decides it and writes the training plan
        act(staff);
        visit(onboarding);
        task("Recognition of prior learning");
        page.getByLabel("Off-the-job hours recognised").fill("30");
        page.getByLabel("Reason").fill("The diploma covers K1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertAccessible();
        assertThat(page.locator("body")).containsText("388.5 hours");

        visit(onboarding);
        task("Training plan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the training plan")).click();
        assertAccessible();
        assertThat(page.getByLabel("Teaching sessions")).hasValue("Remotely by Zoom");
        page.getByLabel("Planned off-the-job hours").fill("300");
        Locator first = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Milestone 1"));
        first.getByLabel("Title").fill("Programming basics");
        first.getByLabel("Target date").fill("1/12/2025");
        first.getByLabel("KSBs").fill("K1, S1");
        page.getByLabel("Roles and responsibilities").fill("The apprentice studies; the employer releases time.");
        page.getByLabel("Support needs").fill("None");
        page.getByLabel("English and maths plan").fill("Functional skills Level 2 before gateway");
        saveVersion();
        assertThat(page.locator("#plannedOtjHours-error")).containsText("at least 388.5");
        assertThat(first.getByLabel("Title")).hasValue("Programming basics");
        page.getByLabel("Planned off-the-job hours").fill("420");
        saveVersion();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Version 1 of the training plan saved");
        signPlan(people.tutor.displayName(), 1);

        // when the employer signs version 1 from their home page
        act(employer);
        visit("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign version 1 of the training plan"))
                .click();
        assertAccessible();
        signHere(people.manager.displayName());

        // and the tutor changes the plan while the learner has version 1 open
        act(learner);
        visit("/apprenticeships/" + people.apprenticeship + "/training-plan/sign");
        act(staff);
        visit("/apprenticeships/" + people.apprenticeship + "/training-plan/edit");
        page.getByLabel("Planned off-the-job hours").fill("430");
        saveVersion();

        // then the learner's signature on version 1 is refused, saying what changed
        act(learner);
        page.getByLabel("Your full name, to sign as the apprentice").fill(people.learner.displayName());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version 1")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("420.0 hours");
        assertThat(page.locator(".govuk-error-summary")).containsText("430.0 hours");

        // and everyone signs version 2
        signHere(people.learner.displayName());
        act(employer);
        visit("/apprenticeships/" + people.apprenticeship + "/training-plan/sign");
        signHere(people.manager.displayName());
        act(staff);
        visit("/apprenticeships/" + people.apprenticeship + "/training-plan");
        assertThat(page.locator("body")).containsText("Version 2");
        signPlan(people.tutor.displayName(), 2);
        assertThat(page.locator(".govuk-tag--green")).hasText("Signed by everyone");

        // then every task is completed, the apprentice's employment status is recorded, and the tutor starts it
        imports.employed(people.apprenticeship, OnboardingPeople.START.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        visit(onboarding);
        assertThat(page.locator(".govuk-task-list__status")).hasText(new String[] {"Completed", "Completed",
                "Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed"});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the apprenticeship")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("now in learning");
        assertThat(page.locator("main")).containsText("In learning");

        // and the learner's home page shows the apprenticeship in learning with the plan signed
        act(learner);
        visit("/");
        Locator panel = page.locator("section[aria-labelledby=apprenticeship-heading]");
        assertThat(panel).containsText("In learning");
        assertThat(panel).containsText("signed by everyone");
    }

    @Test
    void another_learner_cannot_open_the_onboarding_pages() {
        OnboardingPeople others = new OnboardingPeople(accounts, organisation, apprenticeships);
        signIn(others.learner.email(), OnboardingPeople.PASSWORD);

        page.navigate(onboarding);
        assertThat(page.locator("h1")).not().hasText("Onboarding");
        assertAccessible();
        page.navigate("/apprenticeships/" + people.apprenticeship + "/training-plan");
        assertThat(page.locator("body")).not().containsText(people.learner.displayName());
    }

    private LearnerId apprenticeshipsLearner() {
        return learners.findByAccount(people.learner.id()).orElseThrow().id();
    }

    private void act(Page as) {
        page = as;
    }

    private void task(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertAccessible();
    }

    private void yesCompleted() {
        page.getByLabel("Yes, I've completed this section").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        assertAccessible();
    }

    private void rateEverything(String rating) {
        for (Locator select : page.locator("select[name^='rating-']").all()) {
            if (select.inputValue().isEmpty()) {
                select.selectOption(rating);
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ratings")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your ratings are saved");
    }

    private void saveVersion() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a new version")).click();
        assertAccessible();
    }

    private void signPlan(String name, int version) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign the training plan")).click();
        assertAccessible();
        assertThat(page.locator("h2").first()).hasText("Version " + version);
        signHere(name);
    }

    private void signHere(String name) {
        page.locator("#fullName").fill(name);
        page.locator("form button.govuk-button").last().click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You signed version");
    }
}
