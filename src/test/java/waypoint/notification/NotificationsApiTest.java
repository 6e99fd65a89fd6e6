package waypoint.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.identity.AccountSummary;
import waypoint.identity.UserAccounts;
import waypoint.notification.internal.NotificationInbox;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

@WaypointTest
class NotificationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    NotificationInbox inbox;

    @Test
    void a_person_lists_their_own_notifications_newest_first_with_the_unread_count() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        inbox.deliver(tutor.id(), "First", "The first one", null);
        inbox.deliver(tutor.id(), "Second", "The second one", "/learners");
        inbox.deliver(TestAccounts.tutor(accounts).id(), "Someone else's", "Not yours", null);

        JsonNode page = api(tutor).get("/api/v1/notifications").json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("unreadTotal").asLong()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(25);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Second");
        assertThat(page.get("items").get(0).get("link").asString()).isEqualTo("/learners");
        assertThat(page.get("items").get(0).get("unread").asBoolean()).isTrue();
        assertThat(page.get("items").get(1).get("title").asString()).isEqualTo("First");
    }

    @Test
    void marking_one_read_takes_it_out_of_the_unread_list() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        UUID read = inbox.deliver(tutor.id(), "Read me", "", null);
        inbox.deliver(tutor.id(), "Leave me", "", null);
        Api api = api(tutor);

        Api.Response marked = api.post("/api/v1/notifications/" + read + "/read", "");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("unread").asBoolean()).isFalse();
        assertThat(marked.json().get("readAt").asString()).isNotBlank();
        JsonNode unread = api.get("/api/v1/notifications?unread=true").json();
        assertThat(unread.get("total").asLong()).isEqualTo(1);
        assertThat(unread.get("items").get(0).get("title").asString()).isEqualTo("Leave me");
    }

    @Test
    void marking_someone_elses_notification_is_not_found_and_leaves_it_unread() {
        AccountSummary owner = TestAccounts.tutor(accounts);
        UUID theirs = inbox.deliver(owner.id(), "Private", "For the owner only", null);
        AccountSummary other = TestAccounts.tutor(accounts);

        Api.Response response = api(other).post("/api/v1/notifications/" + theirs + "/read", "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Private");
        assertThat(api(owner).get("/api/v1/notifications?unread=true").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void marking_all_read_marks_only_the_persons_own() {
        AccountSummary tutor = TestAccounts.tutor(accounts);
        AccountSummary other = TestAccounts.tutor(accounts);
        inbox.deliver(tutor.id(), "One", "", null);
        inbox.deliver(tutor.id(), "Two", "", null);
        inbox.deliver(other.id(), "Other", "", null);

        assertThat(api(tutor).post("/api/v1/notifications/read", "").json().get("marked").asInt()).isEqualTo(2);

        assertThat(api(other).get("/api/v1/notifications?unread=true").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_malformed_id_or_page_is_a_400_problem_and_no_token_is_a_401() {
        Api api = api(TestAccounts.tutor(accounts));

        assertThat(api.post("/api/v1/notifications/not-an-id/read", "").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notifications?page=first").status()).isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/notifications").status()).isEqualTo(401);
    }

    private Api api(AccountSummary account) {
        return Api.at(port).signedInAs(account.email(), TestAccounts.PASSWORD);
    }
}
