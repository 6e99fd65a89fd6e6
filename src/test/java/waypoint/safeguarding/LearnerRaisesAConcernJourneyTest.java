package waypoint.safeguarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;
import waypoint.support.BrowserJourney;
import waypoint.organisation.StaffMemberId;

/**
 * A learner reports a safeguarding concern from the header link; the safeguarding lead triages it, refers it to the
 * local authority, lets the tutor know a matter is open, and closes it; the tutor sees only that a matter is open,
 * and only while the lead shares it.
 */
class LearnerRaisesAConcernJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    String suffix = SafeguardingFixtures.unique();
    String learnerEmail = "journey-learner-" + suffix + "@example.test";
    String tutorEmail = "journey-tutor-" + suffix + "@example.test";
    String learnerName = "Jo Journey" + suffix;
    String disclosure = "My landlord threatened me last night " + suffix;

    @Test
    void a_learner_raises_a_concern_the_lead_triages_refers_and_closes_it_and_the_tutor_sees_only_what_was_shared() {
        // given a learner and their tutor, each with a password
        accounts.createWithPassword(tutorEmail, "Tess Tutor " + suffix, Set.of(Role.TUTOR), DemoAccounts.PASSWORD);
        StaffMemberId tutor = organisation.staff(new StaffDetails("Tess Tutor " + suffix, tutorEmail, null, Set.of(Role.TUTOR)));
        accounts.createWithPassword(learnerEmail, learnerName, Set.of(Role.LEARNER), DemoAccounts.PASSWORD);
        LearnerId learner = organisation.learner(new LearnerDetails("Jo", "Journey" + suffix, LocalDate.of(2005, 3, 4),
                uln(), null, learnerEmail, null, "1 Test Street", null, "Leeds", "LS1 1AA", null, null));
        // the tutor is the apprenticeship's, the one record of who the learner works with
        apprenticeships.record(NewApprenticeship.of(learner,
                organisation.findEmployer("Northgate Engineering Ltd").orElseThrow(), null, "ST0116", tutor,
                LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), new java.math.BigDecimal("37.5")));

        // when the learner reports a concern from the link in the header, first sending the form empty
        signIn(learnerEmail, DemoAccounts.PASSWORD);
        assertThat(page.locator("main")).containsText("Keeping safe");
        page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Report a concern")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Report a concern");
        assertThat(page.getByLabel("Apprentice’s unique learner number (ULN) (optional)")).hasCount(0);
        button("Send your concern").click();
        assertAccessible();
        // then they are told what to answer
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what your concern is about");
        assertThat(page.locator(".govuk-error-summary")).containsText("Tell us what happened or what worries you");

        // when they say what it is about and what happened
        page.getByLabel("Safeguarding disclosure").check();
        page.getByLabel("What happened, or what worries you?").fill(disclosure);
        button("Send your concern").click();
        assertAccessible();
        // then they are told what happens next and who the safeguarding officer is, and nothing of a case to follow
        assertThat(page.locator("h1")).hasText("Your concern has been sent");
        assertThat(page.locator("main")).containsText("Our designated safeguarding officer will read what you have told us");
        assertThat(page.locator("main")).containsText("Sam Safeguarding");
        assertThat(page.locator("main")).containsText("You will not see this report again");
        visitExpecting("/concerns", 403);
        signOut();

        // when the safeguarding lead opens it from the concerns log
        signInAs(DemoAccounts.SAFEGUARDING);
        page.locator("#navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Concerns")).click();
        assertAccessible();
        page.locator("main tbody tr", new Page.LocatorOptions().setHasText(learnerName)).getByRole(AriaRole.LINK).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Safeguarding disclosure");
        assertThat(page.locator("main")).containsText(disclosure);
        String concernPath = java.net.URI.create(page.url()).getPath();
        assertThat(page.locator("main")).containsText("Tess Tutor " + suffix);

        // and triages it as high risk
        page.getByLabel("High").check();
        button("Save the triage").click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The concern has been updated");

        // and refers it to the local authority without a reference number, then with one
        page.getByLabel("Referral to an external agency").check();
        page.getByLabel("Local authority").check();
        page.getByLabel("Details").fill("Referred to the duty team");
        button("Record the action").click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the agency's reference number");
        assertThat(page.getByLabel("Details")).hasValue("Referred to the duty team");
        page.getByLabel("Agency’s reference number (referrals only)").fill("LA-" + suffix);
        button("Record the action").click();
        assertAccessible();
        assertThat(page.locator(".waypoint-chronology")).containsText("Local authority, reference LA-" + suffix);

        // and lets the tutor know a matter is open
        button("Show the tutor a matter is open").click();
        assertAccessible();
        signOut();

        // then the tutor sees on their home page that a safeguarding matter is open for the learner, and nothing more
        signIn(tutorEmail, DemoAccounts.PASSWORD);
        Locator flags = page.locator("section[aria-labelledby=safeguarding-flags-title]");
        assertThat(flags).containsText("A safeguarding matter is open for:");
        assertThat(flags).containsText(learnerName);
        assertThat(page.locator("body")).not().containsText(disclosure);
        assertThat(page.locator("body")).not().containsText("LA-" + suffix);
        visitExpecting("/concerns", 403);
        // and the concern itself does not exist for them
        visitExpecting(concernPath, 404);
        assertThat(page.locator("body")).not().containsText(disclosure);
        visit("/");
        signOut();

        // when the lead closes it with an outcome
        signInAs(DemoAccounts.SAFEGUARDING);
        visit("/concerns");
        page.locator("main tbody tr", new Page.LocatorOptions().setHasText(learnerName)).getByRole(AriaRole.LINK).click();
        assertAccessible();
        page.getByLabel("Outcome").fill("Moved to safe accommodation; the local authority is supporting Jo.");
        button("Close the concern").click();
        assertAccessible();
        assertThat(page.locator("main .govuk-tag").first()).hasText("Closed");
        signOut();

        // then the tutor no longer sees a matter open
        signIn(tutorEmail, DemoAccounts.PASSWORD);
        assertThat(page.locator("section[aria-labelledby=safeguarding-flags-title]")).hasCount(0);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signOut() {
        button("Sign out").click();
    }

    private void visitExpecting(String path, int status) {
        com.microsoft.playwright.Response response = page.navigate(path);
        org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(status);
        assertAccessible();
    }

    private static String uln() {
        while (true) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0) {
                return digits + (10 - remainder);
            }
        }
    }
}
