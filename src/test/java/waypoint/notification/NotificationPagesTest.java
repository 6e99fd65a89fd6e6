package waypoint.notification;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.identity.AccountSummary;
import waypoint.identity.UserAccounts;
import waypoint.support.PageClient.Page;
import waypoint.notification.internal.NotificationInbox;
import waypoint.support.WaypointTest;

@WaypointTest
class NotificationPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    NotificationInbox inbox;

    @Test
    void the_bell_in_the_header_shows_how_many_notifications_are_unread() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        inbox.deliver(tutor.id(), "One", "", null);
        inbox.deliver(tutor.id(), "Two", "", null);

        Page home = signIn(tutor).get("/");

        assertThat(home.body()).contains("<span class=\"waypoint-count\">2</span>");
    }

    @Test
    void the_notifications_page_lists_them_newest_first_with_the_unread_ones_tagged() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        inbox.deliver(tutor.id(), "Older news", "Something older", null);
        inbox.deliver(tutor.id(), "Newer news", "Something newer & <b>bold</b>", "/learners");

        Page page = signIn(tutor).get("/notifications");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().indexOf("Newer news")).isLessThan(page.body().indexOf("Older news"));
        assertThat(page.body()).contains("govuk-tag govuk-tag--blue govuk-!-margin-right-1\">Unread</strong>")
                .contains("href=\"/learners\"")
                .contains("Something newer &amp; &lt;b&gt;bold&lt;/b&gt;")
                .contains("You have 2 unread notifications.");
    }

    @Test
    void marking_one_read_lowers_the_count_and_says_so() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        UUID first = inbox.deliver(tutor.id(), "Mark me", "", null);
        inbox.deliver(tutor.id(), "Keep me", "", null);
        PageClient session = signIn(tutor);
        session.get("/notifications");

        Page marked = session.post("/notifications/" + first + "/read", Map.of());

        assertThat(marked.status()).isEqualTo(302);
        Page after = session.follow(marked);
        assertThat(after.body()).contains("Marked ‘Mark me’ as read")
                .contains("<span class=\"waypoint-count\">1</span>");
    }

    @Test
    void marking_someone_elses_notification_is_not_found_and_changes_nothing() {
        AccountSummary owner = TestAccounts.tutor(accounts);
        UUID theirs = inbox.deliver(owner.id(), "Not yours", "", null);
        PageClient other = signIn(TestAccounts.tutor(accounts));
        other.get("/notifications");

        Page response = other.post("/notifications/" + theirs + "/read", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Not yours");
        assertThat(signIn(owner).get("/").body()).contains("<span class=\"waypoint-count\">1</span>");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        UUID id = inbox.deliver(tutor.id(), "Guarded", "", null);
        PageClient session = signIn(tutor);

        Page response = session.post("/notifications/" + id + "/read", Map.of("_csrf", "forged"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void mark_all_as_read_empties_the_bell() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        inbox.deliver(tutor.id(), "One", "", null);
        inbox.deliver(tutor.id(), "Two", "", null);
        PageClient session = signIn(tutor);
        assertThat(session.get("/notifications").body()).contains("Mark all as read");

        Page after = session.follow(session.post("/notifications/read", Map.of()));

        assertThat(after.body()).contains("Marked 2 notifications as read")
                .contains("<span class=\"waypoint-count\">0</span>")
                .doesNotContain(">Unread</strong>");
    }

    @Test
    void a_page_number_that_is_not_a_number_is_not_found_rather_than_an_error() {
        assertThat(signIn(TestAccounts.tutor(accounts)).get("/notifications?page=x").status()).isEqualTo(404);
    }

    @Test
    void the_list_is_paginated_25_to_a_page() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        for (int i = 1; i <= 26; i++) {
            inbox.deliver(tutor.id(), "Notice number " + i, "", null);
        }

        PageClient session = signIn(tutor);
        Page first = session.get("/notifications");
        Page second = session.get("/notifications?page=1");

        assertThat(first.body()).contains("Notice number 26").doesNotContain("Notice number 1<")
                .contains("href=\"/notifications?page=1\"");
        assertThat(second.body()).contains("Notice number 1<").doesNotContain("Notice number 26");
    }

    private PageClient signIn(AccountSummary account) {
        return PageClient.signedInAs(port, account.email(), TestAccounts.PASSWORD);
    }
}
