package waypoint.enrolment.apprenticeship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;
import waypoint.organisation.StaffMemberId;

/** Staff record an apprenticeship one question at a time, then put the apprentice on a break and back. */
class StaffRecordAnApprenticeshipAndABreakJourneyTest extends BrowserJourney {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipLifecycle lifecycle;

    @Test
    void an_administrator_records_an_apprenticeship_and_a_break_in_learning_that_moves_the_planned_end() {
        // given a learner just added (no apprenticeship, so no employer yet), an employer with a line manager, a tutor
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        StaffMemberId lead = organisation.findStaff(DemoAccounts.LEAD.email()).orElseThrow();

        // when an administrator opens Apprenticeships and records one
        signInAs(DemoAccounts.ADMIN);
        page.locator("#navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Apprenticeships"))
                .click();
        assertAccessible();
        button("Record an apprenticeship").click();

        // then each question has its own page
        answer("Who is the apprentice?", () -> page.getByLabel("Who is the apprentice?")
                .selectOption(new SelectOption().setValue(learner.toString())));
        answer("Who is their employer?", () -> page.getByLabel("Who is their employer?")
                .selectOption(new SelectOption().setValue(people.employer.toString())));
        answer("Who is their line manager?", () -> page.getByLabel("Who is their line manager?")
                .selectOption(new SelectOption().setValue(people.lineManager.toString())));
        answer("Which apprenticeship standard?", () -> page.getByLabel("Which apprenticeship standard?")
                .selectOption(new SelectOption().setValue("ST0116")));
        answer("Who is their tutor?", () -> page.getByLabel("Who is their tutor?")
                .selectOption(new SelectOption().setValue(people.tutor.toString())));
        answer("Which other staff work on the apprenticeship?", () -> {
            page.locator("#otherStaffIds\\[0\\]").selectOption(new SelectOption().setValue(lead.toString()));
            page.locator("#otherStaffParts\\[0\\]").selectOption(new SelectOption().setValue("PASTORAL_LEAD"));
        });
        answer("How many hours a week is the apprentice contracted to work?",
                () -> page.getByLabel("Contracted weekly hours").fill("37.5"));

        // and a planned end under the minimum duration is refused, naming the minimum
        assertThat(page.locator("h1")).hasText("When does the practical period start and end?");
        date("Start date", 1, 9, 2025);
        date("Planned end date of the practical period", 1, 1, 2026);
        button("Continue").click();
        assertAccessible();
        assertThat(page).hasTitle("Error: When does the practical period start and end? – Waypoint");
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 242 days");
        date("Planned end date of the practical period", 1, 3, 2027);
        button("Continue").click();

        answer("How long is the end-point assessment period?", () -> page.getByLabel("Months").fill("3"));
        answer("How will the training be delivered?", () -> {
            page.getByLabel("Remote (Zoom or Teams)").check();
            page.getByLabel("Link to the remote sessions").fill("https://teams.example.test/journey");
            page.getByLabel("Wednesday").check();
        });
        answer("How is the apprenticeship funded?", () -> {
            page.getByLabel("Levy", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Training price (£)").fill("15000");
            page.getByLabel("End-point assessment price (£)").fill("3000");
        });
        answer("Which end-point assessment organisation?", () -> { });

        // then they check their answers, with the funding rules' figures
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Check your answers before recording the apprenticeship");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("Pastoral lead");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("1 March 2027");
        assertThat(page.locator("main")).containsText("Minimum off-the-job hours");
        assertThat(page.locator("main")).containsText("242 days");
        button("Record the apprenticeship").click();

        // and the apprenticeship is recorded, in onboarding
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The apprenticeship has been recorded");
        assertThat(page.locator("main")).containsText("Onboarding");
        String address = page.url();
        ApprenticeshipId id = ApprenticeshipId.of(
                address.substring(address.lastIndexOf('/') + 1).replaceAll("\\?.*", ""));

        // given onboarding is complete and learning has started
        var admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        lifecycle.recordEmploymentStatus(id, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(LocalDate.of(2025, 9, 1).minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles()), id,
                LocalDate.of(2025, 9, 1));
        visit("/apprenticeships/" + id);

        // when they record a break in learning
        link("Record a break in learning").click();
        assertAccessible();
        date("Date it took effect", 2, 2, 2026);
        date("Expected return date", 1, 4, 2026);
        page.getByLabel("The employer agrees to the break").check();
        page.getByLabel("Why").fill("Surgery and recovery");
        button("Record it").click();

        // then the timeline shows it
        assertAccessible();
        assertThat(page.locator("main")).containsText("Break in learning");
        assertThat(page.locator("#timeline + ol")).containsText("Surgery and recovery");

        // when the apprentice returns
        link("Record the return from the break").click();
        assertAccessible();
        date("Date of return", 4, 5, 2026);
        button("Record it").click();

        // then they are in learning again, and the planned end moved by the 91 days of the break
        assertAccessible();
        assertThat(page.locator("main")).containsText("In learning");
        assertThat(page.locator("main")).containsText("31 May 2027");
        assertThat(page.locator("#timeline + ol")).containsText("Planned end date moved by 91 days");
        screenshot("apprenticeship-after-a-break");
    }

    /** On the page asking {@code question}: check it, answer, continue. */
    private void answer(String question, Runnable answering) {
        assertAccessible();
        assertThat(page.locator("h1")).hasText(question);
        answering.run();
        button("Continue").click();
    }

    private void date(String legend, int day, int month, int year) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(day));
        group.getByLabel("Month").fill(String.valueOf(month));
        group.getByLabel("Year").fill(String.valueOf(year));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
