package waypoint.otj;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;

/**
 * Off-the-job hours from logging to approval: the apprentice logs two activities on a phone-sized screen, the tutor
 * rejects one for want of detail, the apprentice adds the detail and sends it again, the tutor approves both from the
 * caseload, and the pace status and the chart's figures change.
 */
class LogRejectFixApproveJourneyTest extends BrowserJourney {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    String learnerEmail;
    UUID apprenticeship;
    LocalDate today;

    @BeforeEach
    void givenTwoWeeksIntoAnApprenticeshipPlanning400Hours() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        LearnerId learner = people.learner();
        learnerEmail = people.lastLearnerEmail;
        LocalDate start = today.minusDays(14);
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager,
                "ST0116", people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
        // 400 hours over about 548 days: about 10.2 hours expected after 14 days
        PlannedHours.plan(jdbc, apprenticeship, 400);
    }

    @Test
    void the_apprentice_logs_the_tutor_rejects_the_apprentice_fixes_and_the_tutor_approves() {
        Page learner = page;
        learner.setViewportSize(390, 844);
        Page tutor = anotherBrowser();
        signIn(learnerEmail, TestApprenticeships.PASSWORD);
        page = tutor;
        signIn(people.tutorEmail, TestApprenticeships.PASSWORD);

        // given the apprentice has logged nothing: behind pace
        page = learner;
        visit("/off-the-job");
        assertThat(page.locator("#status")).containsText("RED");

        // when the apprentice logs a morning of online learning, a mistake first
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log hours")).first().click();
        assertAccessible();
        page.locator("#date").fill(today.plusDays(3).toString());
        page.locator("#startTime").fill("09:00");
        page.locator("#endTime").fill("12:00");
        page.locator("#activityType").selectOption("ONLINE_LEARNING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log hours")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator("#startTime")).hasValue("09:00");
        page.locator("#date").fill(today.minusDays(2).toString());
        page.locator("#description").fill("Unit testing course, module 3: mocking and test doubles");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log hours")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Hours logged");

        // and a day of shadowing with too little said about it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log hours")).first().click();
        page.locator("#date").fill(today.minusDays(3).toString());
        page.locator("#duration").fill("7.5");
        page.locator("#activityType").selectOption("SHADOWING");
        page.locator("#description").fill("Shadowing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log hours")).click();
        assertAccessible();
        assertThat(page.locator("#pending")).containsText("10.5 hours");

        // then the tutor rejects the shadowing day for want of detail
        page = tutor;
        visit("/off-the-job/caseload");
        page.locator("#pending").scrollIntoViewIfNeeded();
        page.locator("table").filter(new Locator.FilterOptions().setHasText("Waiting"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                        .setHasText("Shadowing")).getByRole(AriaRole.LINK).click();
        assertAccessible();
        page.locator("#decision-reject").check();
        page.locator("#reason-NOT_ENOUGH_DETAIL").check();
        page.locator("#note").fill("Say whom you shadowed and what you learned");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
        assertAccessible();

        // and the apprentice reads why, adds the detail and sends it again
        page = learner;
        visit("/off-the-job");
        assertThat(page.locator("main")).containsText("Not enough detail");
        assertThat(page.locator("main")).containsText("Say whom you shadowed");
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Rejected"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change entry of")).click();
        assertAccessible();
        page.locator("#description").fill("Shadowed the lead developer through a release: branching, code review "
                + "and rolling back a failed deployment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and send for approval")).click();
        assertAccessible();
        assertThat(page.locator("#pending")).hasText("10.5 hours");

        // when the tutor approves both from the caseload in one go
        page = tutor;
        visit("/off-the-job/caseload");
        page.locator("input[name=entryId]").first().check();
        page.locator("input[name=entryId]").nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the chosen entries")).click();
        assertAccessible();

        // then the apprentice keeps up with the plan, and the chart's table shows the approved hours; their standard's
        // minimum hours for compliance are not recorded, so the pace is "not known" rather than on track
        page = learner;
        visit("/off-the-job");
        assertThat(page.locator("#approved")).hasText("10.5 hours");
        assertThat(page.locator("#pending")).hasText("0.0 hours");
        assertThat(page.locator("#status")).containsText("UNKNOWN: Not known");
        page.getByText("The chart as a table").click();
        assertThat(page.locator("details table").first()).containsText("10.5");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change entry of"))).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/otj-approved.png"))
                .setFullPage(true));
    }
}
