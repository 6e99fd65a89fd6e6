package waypoint.delivery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.delivery.internal.SessionPlan;
import waypoint.delivery.internal.SessionService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * The apprentice writes to their tutor with an attachment, the tutor replies with the employer's thread kept apart;
 * the tutor finds the apprentice on the cadence gaps, moves a session and finds their calendar address. Every page
 * is checked against WCAG 2.2 AA.
 */
class MessagesAndCadenceJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SessionService sessions;

    @Test
    void an_apprentice_and_their_tutor_exchange_messages_and_the_tutor_keeps_sessions_on_cadence() throws Exception {
        DeliveryPeople people = new DeliveryPeople(accounts, organisation, apprenticeships, 50);
        Page tutor = page;
        Page learner = anotherBrowser();

        // given the apprentice starts a conversation with a file attached
        page = learner;
        signIn(people.learner.email(), DeliveryPeople.PASSWORD);
        visit("/messages");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a conversation")).click();
        assertAccessible();
        page.locator("#subject").fill("My project brief");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your message");
        assertThat(page.locator("#subject")).hasValue("My project brief");
        page.locator("#body").fill("Here is my draft brief.");
        Path file = Files.createTempFile("brief", ".txt");
        Files.writeString(file, "A one-page brief.\n");
        page.locator("#file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("My project brief");
        assertThat(page.locator("main")).containsText("Download " + file.getFileName());

        // when the tutor opens their messages, the conversation is unread, and they reply
        page = tutor;
        signIn(people.tutor.email(), DeliveryPeople.PASSWORD);
        visit("/messages");
        assertThat(page.locator("main")).containsText("You have 1 unread message.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My project brief")).click();
        assertAccessible();
        page.locator("#body").fill("Thanks, one page is right.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the reply")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Thanks, one page is right.");

        // then the tutor finds the apprentice, 50 days without a session, among the cadence gaps
        visit("/sessions/cadence-gaps");
        assertThat(page.locator("main")).containsText(people.learner.displayName());

        // and moves a session they scheduled, and finds their calendar address
        var id = sessions.schedule(people.tutor, new SessionPlan(List.of(new ApprenticeshipId(people.apprenticeship)),
                LocalDate.now(clock).plusDays(3), LocalTime.of(10, 0), 60, "Room 1", null, "Reflective practice",
                List.of(), null));
        visit("/sessions/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move it to another time or place")).click();
        assertAccessible();
        page.locator("#time").fill("11:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the session")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("11:30am");
        visit("/sessions/calendar");
        assertThat(page.locator("#feed-address")).containsText("/calendar/");
        visit("/sessions/actions?filter=OVERDUE");

        // and the apprentice sees the reply, unread until opened
        page = learner;
        visit("/messages");
        assertThat(page.locator("main")).containsText("You have 1 unread message.");
        visit("/sessions");
        assertThat(page.locator("main")).containsText("Reflective practice");
    }
}
