package waypoint.notification;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import waypoint.demo.DemoAccounts;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.PageClient.Page;
import waypoint.notification.internal.ComposedEmail;
import waypoint.notification.internal.EmailMessage;
import waypoint.notification.internal.EmailOutbox;
import waypoint.notification.internal.Mailbox;
import waypoint.support.WaypointTest;

@WaypointTest
class MailboxPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    EmailOutbox outbox;
    @Autowired
    Mailbox mailbox;

    @Test
    void an_administrator_finds_an_email_by_its_recipient_and_reads_it_with_its_links_clickable() {
        String to = "mailbox-" + UUID.randomUUID() + "@example.com";
        EmailMessage email = capture(to, "Your link",
                "Dear Sam,\n\nOpen https://waypoint.test/account/set-password?token=abc.\n\n<script>alert(1)</script>");
        PageClient admin = signIn(DemoAccounts.ADMIN);

        Page list = admin.get("/dev/mailbox?to=" + to.substring(0, 20).toUpperCase());
        Page shown = admin.get("/dev/mailbox/" + email.id());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(to).contains("href=\"/dev/mailbox/" + email.id() + "\"").contains("Captured");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Your link").contains(to)
                .contains("<a class=\"govuk-link\" href=\"https://waypoint.test/account/set-password?token=abc\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void a_search_that_matches_nobody_says_so() {
        Page list = signIn(DemoAccounts.ADMIN).get("/dev/mailbox?to=nobody-" + UUID.randomUUID());

        assertThat(list.body()).contains("No emails to an address starting with");
    }

    @Test
    void a_tutor_may_not_open_the_mailbox_or_an_email_in_it() {
        EmailMessage email = capture("tutor-denied-" + UUID.randomUUID() + "@example.com", "Secret link", "A secret");
        PageClient tutor = signIn(DemoAccounts.TUTOR);

        Page list = tutor.get("/dev/mailbox");
        Page shown = tutor.get("/dev/mailbox/" + email.id());

        assertThat(list.status()).isEqualTo(403);
        assertThat(shown.status()).isEqualTo(403);
        assertThat(shown.body()).doesNotContain("A secret");
    }

    @Test
    void the_mailbox_service_refuses_anyone_but_an_administrator_whatever_the_url_rules() {
        CurrentUser tutor = new CurrentUser(UUID.randomUUID(), "t@example.com", "T", java.util.Set.of(Role.TUTOR, Role.LEAD));

        assertThatThrownBy(() -> mailbox.page(tutor, "", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mailbox.open(tutor, UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_email_that_does_not_exist_is_not_found() {
        assertThat(signIn(DemoAccounts.ADMIN).get("/dev/mailbox/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private EmailMessage capture(String to, String subject, String body) {
        return outbox.send("test:" + UUID.randomUUID(), new ComposedEmail(to, subject, body));
    }

    private PageClient signIn(DemoAccounts account) {
        return PageClient.signedInAs(port, account.email(), DemoAccounts.PASSWORD);
    }
}
