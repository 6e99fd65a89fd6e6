package waypoint.delivery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * A session from scheduling to the apprentice's hours (a session scheduled, recorded, and its off-the-job hours
 * appear): the tutor schedules it, the apprentice sees it in "My sessions", the tutor records attendance, what was
 * delivered and an action, and the apprentice finds the session's time in their off-the-job hours and the action among
 * theirs.
 */
class SessionRecordedJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    DeliveryPeople people;

    @BeforeEach
    void givenAnApprenticeshipInLearning() {
        people = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
    }

    @Test
    void a_session_scheduled_and_recorded_adds_its_hours_for_the_apprentice() {
        Page tutor = page;
        Page learner = anotherBrowser();
        page = learner;
        signIn(people.learner.email(), DeliveryPeople.PASSWORD);
        page = tutor;
        signIn(people.tutor.email(), DeliveryPeople.PASSWORD);

        // given the tutor opens the schedule form from the sessions page
        visit("/sessions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a session")).click();
        assertAccessible();

        // when they leave out the place, the form says so and keeps what they typed
        page.getByLabel(people.learner.displayName(), new Page.GetByLabelOptions().setExact(false)).check();
        page.locator("#topic").fill("Planning the workplace project");
        page.locator("#date").fill(LocalDate.now(clock).minusDays(1).toString());
        page.locator("#time").fill("10:00");
        page.locator("#durationMinutes").fill("90");
        page.locator("#ksbs").fill("K1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the session")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the place, or the link to join remotely");
        assertThat(page.locator("#topic")).hasValue("Planning the workplace project");

        // and then give it a place and schedule it
        page.locator("#place").fill("Delivery Employer office, room 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the session")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Session scheduled");
        String session = page.url().replaceAll("\\?.*", "").substring(page.url().indexOf("/sessions/"));

        // then the apprentice sees it in their sessions
        page = learner;
        visit("/sessions?filter=TO_RECORD");
        assertThat(page.locator("h1")).hasText("My sessions");
        assertThat(page.locator("main")).containsText("Planning the workplace project");

        // when the tutor records attendance, what was delivered and an action for the apprentice
        page = tutor;
        visit(session);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the session")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("attended");
        page.getByLabel("Attended", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#delivered").fill("Scoped the project and practised a reflective account.");
        page.locator("#actions-0-description").fill("Write a one-page project brief");
        page.locator("#actions-0-owner").selectOption("LEARNER");
        page.locator("#actions-0-dueDate").fill(LocalDate.now(clock).plusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the session")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Session recorded");
        assertThat(page.locator("main")).containsText("Attended");

        // then the apprentice finds the session's hours among their off-the-job hours
        page = learner;
        boolean shown = false;
        for (int i = 0; i < 50 && !shown; i++) {
            page.navigate("/off-the-job");
            shown = page.locator("main").textContent().contains("Teaching session");
            if (!shown) {
                page.waitForTimeout(200);
            }
        }
        assertAccessible();
        assertThat(page.locator("main")).containsText("Recorded by Teaching session");
        // and the action is among theirs
        visit("/sessions/actions");
        assertThat(page.locator("main")).containsText("Write a one-page project brief");
        visit(session);
        assertThat(page.locator("main")).containsText("Scoped the project");
    }
}
