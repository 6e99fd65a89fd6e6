package waypoint.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.notification.internal.NotificationInbox;
import waypoint.support.BrowserJourney;

class NotificationJourneyTest extends BrowserJourney {

    @Autowired
    NotificationInbox inbox;
    @Autowired
    UserAccounts accounts;

    @Test
    void a_tutor_reads_a_notification_and_the_bell_counts_one_fewer() {
        // given the demo tutor has a new notification
        String title = "Journey notice " + UUID.randomUUID().toString().substring(0, 8);
        inbox.deliver(accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow().id(), title,
                "Something for the tutor to read.", null);

        // when they sign in
        signInAs(DemoAccounts.TUTOR);
        // then the header shows their unread count
        Locator bell = page.locator(".waypoint-header__bell .waypoint-count");
        int unread = Integer.parseInt(bell.textContent().strip());
        org.assertj.core.api.Assertions.assertThat(unread).isPositive();

        // when they open their notifications from the header
        page.locator(".waypoint-header__bell").click();
        assertAccessible();
        // then the new one is listed as unread
        assertThat(page.locator("h1")).hasText("Notifications");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).containsText("Unread");

        // when they mark it as read
        screenshot("notifications-before");
        page.getByRole(AriaRole.BUTTON, markAsRead(title)).click();
        // then they are told, and the bell counts one fewer
        assertThat(page.locator(".govuk-notification-banner")).containsText("Marked ‘" + title + "’ as read");
        assertThat(bell).hasText(String.valueOf(unread - 1));
        assertThat(page.getByRole(AriaRole.BUTTON, markAsRead(title)))
                .hasCount(0);
        assertAccessible();
        screenshot("notifications-after");
    }

    /** The button's accessible name: its text and the visually hidden title it is for (escaped for a JS regex). */
    private static Page.GetByRoleOptions markAsRead(String title) {
        return new Page.GetByRoleOptions().setName(Pattern.compile("^Mark as read\\s*: " + title.replaceAll("[^A-Za-z0-9 ]", "\\\\$0") + "$"));
    }
}
