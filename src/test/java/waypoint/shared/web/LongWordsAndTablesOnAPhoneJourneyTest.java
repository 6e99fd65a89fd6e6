package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.notification.internal.ComposedEmail;
import waypoint.notification.internal.EmailMessage;
import waypoint.notification.internal.EmailOutbox;
import waypoint.support.BrowserJourney;

/**
 * Long words and pasted text wrap, and tables fit a 375 px phone (a table wider than the screen scrolls in its own
 * box, reachable by keyboard), on pages of every kind: a heading and a summary list, a list table, a record's
 * tables of long source texts.
 */
class LongWordsAndTablesOnAPhoneJourneyTest extends BrowserJourney {

    private static final String LONG_WORD = "Supercalifragilistic".repeat(12);
    private static final String PASTED_LINK = "https://example.com/" + "a-very-long-pasted-path/".repeat(10);

    @Autowired
    EmailOutbox outbox;

    @Test
    void on_a_phone_nothing_is_wider_than_the_screen() {
        EmailMessage email = outbox.send("test:" + UUID.randomUUID(), new ComposedEmail("someone@example.test",
                "About " + LONG_WORD, "Pasted:\n" + PASTED_LINK + "\n" + LONG_WORD));
        page.setViewportSize(375, 812);

        // given an administrator on a phone
        signInAs(DemoAccounts.ADMIN);

        // when they open a page with a long heading and a summary list of long values, then it wraps
        visit("/dev/mailbox/" + email.id());
        assertFitsTheScreen();

        // and a list whose table holds the long word: the table scrolls in its own box, the page does not
        visit("/dev/mailbox?to=someone%40example.test");
        assertFitsTheScreen();
        Locator box = page.locator(".waypoint-table-wrap").first();
        assertThat(box.count()).isEqualTo(1);

        // and a standard's record, whose tables hold long source texts
        visit("/standards/ST1379");
        assertFitsTheScreen();
        assertThat(page.locator("#gateway-table").locator("xpath=..").getAttribute("class"))
                .contains("waypoint-table-wrap");
    }

    private void assertFitsTheScreen() {
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("how far %s is wider than a phone", page.url()).isLessThanOrEqualTo(0);
    }
}
