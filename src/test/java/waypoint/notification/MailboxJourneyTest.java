package waypoint.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.AccountSummary;
import waypoint.identity.Invitations;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.notification.internal.EmailMessages;
import waypoint.support.BrowserJourney;

class MailboxJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;
    @Autowired
    Invitations invitations;
    @Autowired
    EmailMessages messages;

    @Test
    void an_administrator_reads_a_captured_invitation_in_the_mailbox() {
        // given someone was invited, and the default run captured the email
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        AccountSummary invited = accounts.create(email, "Jordan Journey", Set.of(Role.LEARNER));
        invitations.invite(invited.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> messages.count(email) == 1);

        // when the administrator opens the mailbox and searches for them
        signInAs(DemoAccounts.ADMIN);
        visit("/dev/mailbox");
        assertThat(page.locator("h1")).hasText("Mailbox");
        page.getByLabel("Recipient’s email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertAccessible();
        // then the invitation is listed
        assertThat(page.locator("table")).containsText(email);
        screenshot("mailbox-list");

        // when they open it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("You have been invited to Waypoint")).click();
        assertAccessible();
        // then they read it, with the set-password link ready to follow
        assertThat(page.locator("h1")).hasText("You have been invited to Waypoint");
        assertThat(page.locator(".govuk-summary-list")).containsText(email);
        assertThat(page.locator(".govuk-inset-text a[href*='/account/set-password?token=']")).hasCount(1);
        assertThat(page.locator(".govuk-inset-text")).containsText("Dear Jordan Journey,");
        screenshot("mailbox-email");
    }
}
