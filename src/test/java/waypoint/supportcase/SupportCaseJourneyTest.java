package waypoint.supportcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * A support case from stage 3 to stage 5 in the browser: the coach starts stage 3, records its two meetings and the
 * recommendation and sends its email; the pastoral lead, told what is missing until then, starts stage 4; the head
 * starts stage 5; and the emails are in the captured mailbox.
 */
class SupportCaseJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SupportCaseImport cases;
    @Autowired
    JdbcClient jdbc;

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private void click(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertAccessible();
    }

    private void recordMeeting(String path) {
        visit(path + "/meetings/new");
        page.getByLabel("Date held", exact()).fill(LocalDate.now(clock).toString());
        page.getByLabel("Who attended", exact()).fill("Sam, Cora and Max");
        page.getByLabel("Yes", exact()).check();
        page.getByLabel("Update on progress with actions", exact()).fill("Hours logged for three weeks");
        page.getByLabel("Successes", exact()).fill("Presented to the team");
        page.getByLabel("Blockers", exact()).fill("Busy weeks at work");
        page.getByLabel("Any amendments proposed", exact()).fill("None");
        page.getByLabel("Support requests", exact()).fill("A protected study half-day");
        click("Record the meeting");
    }

    @Test
    void a_case_goes_from_stage_three_to_stage_five_and_every_email_is_in_the_mailbox() {
        // given an apprentice at stage 2 who has been told in person that formal support is next
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 150);
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 2, "BOTH",
                "Behind on hours; money worries");
        cases.tellInPerson(people.coach, id, LocalDate.now(clock));
        String path = "/support-cases/" + id;

        // when the coach starts stage 3 with its email
        signIn(people.coach.email(), SupportPeople.PASSWORD);
        visit(path);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start stage 3")).click();
        assertAccessible();
        page.getByLabel("The support offered so far", exact()).fill("Two check-ins and a wellbeing coach 1:1");
        page.getByLabel("The reasons for escalation", exact()).fill("Hours still behind after informal support");
        page.getByLabel("Action 1 for resolution", exact()).fill("Log the last month's hours");
        page.getByLabel("Suggested date to complete action 1", exact()).fill(LocalDate.now(clock).plusDays(14).toString());
        page.getByLabel("End of the stage 3 time plan", exact()).fill(LocalDate.now(clock).plusDays(30).toString());
        click("Start stage 3 and send the email");
        // then the case is at stage 3 and the email is kept on it
        assertThat(page.locator("#current-stage")).hasText("Stage 3 (formal)");
        assertThat(page.locator("body")).containsText("Formal support (stage 3) for");

        // when the two stage 3 meetings are held and the coach records the recommendation
        recordMeeting(path);
        recordMeeting(path);
        visit(path + "/recommendation");
        page.getByLabel("Escalate to stage 4", exact()).check();
        page.getByLabel("Reasons", exact()).fill("The hours are still behind pace");
        page.getByLabel("Why the recommendation comes before the end of the time plan", exact())
                .fill("Both meetings showed the same gap");
        click("Record the recommendation");
        screenshot("support-case-stage-3-recommended");

        // then the lead is told stage 4 waits for the recommendation email
        Page coachPage = page;
        page = anotherBrowser();
        signIn(people.lead.email(), SupportPeople.PASSWORD);
        visit(path);
        assertThat(page.locator("#not-yet")).containsText("stage 4 needs the stage 3 recommendation email to have been sent");

        // when the coach sends it, the lead can start stage 4
        Page leadPage = page;
        page = coachPage;
        visit(path);
        click("Send the recommendation email");
        page = leadPage;
        visit(path);
        page.getByLabel("End of the stage's time plan", exact()).fill(LocalDate.now(clock).plusDays(30).toString());
        click("Start stage 4 and send the introduction email");
        assertThat(page.locator("#current-stage")).hasText("Stage 4 (formal)");

        // given stage 4 took place (two meetings, one without the employer) and its recommendation was emailed
        for (int i = 0; i < 2; i++) {
            cases.meeting(people.lead, id, LocalDate.now(clock), "Sam and Lena", i == 0, "Some hours logged", "None",
                    "Workload", "None", "None", null);
        }
        cases.recommend(people.lead, id, "ESCALATE_TO_STAGE_5", "Still behind; the employer missed a meeting",
                "The employer missed a meeting; waiting longer will not help");
        cases.step(people.lead, id, "SEND_RECOMMENDATION_EMAIL");

        // when the head starts stage 5
        page = anotherBrowser();
        signIn(people.head.email(), SupportPeople.PASSWORD);
        visit(path);
        page.getByLabel("End of the stage's time plan", exact()).fill(LocalDate.now(clock).plusDays(30).toString());
        click("Start stage 5 and send the introduction email");
        assertThat(page.locator("#current-stage")).hasText("Stage 5 (formal)");
        assertThat(page.locator("#timeline")).containsText("Started stage 5");
        screenshot("support-case-stage-5");
        // and the staff dashboard counts it at stage 5, next to the at-risk list
        visit("/support-cases?stage=STAGE_5");
        assertThat(page.locator("main")).containsText(people.learner.displayName());
        visit("/support-cases/at-risk");

        // then every email is in the captured mailbox
        String learner = people.learner.email();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM email_message WHERE recipient = :to").param("to", learner)
                .query(Long.class).single() >= 5);
        page = anotherBrowser();
        signInAs(DemoAccounts.ADMIN);
        visit("/dev/mailbox");
        page.getByLabel("Recipient’s email address").fill(learner);
        click("Search");
        for (String subject : List.of("Formal support (stage 3)", "Stage 3 recommendation", "Formal support (stage 4)",
                "Stage 4 recommendation", "Formal support (stage 5)")) {
            assertThat(page.locator("table")).containsText(subject);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Formal support (stage 3) for "
                + people.learner.displayName())).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Log the last month's hours");
        // and the line manager had the record of the stage 4 meeting they missed
        visit("/dev/mailbox?to=" + people.manager.email());
        assertThat(page.locator("table")).containsText("Record of the stage 4 meeting");
    }
}
