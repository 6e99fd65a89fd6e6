package waypoint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.support.WaypointTest;

/** Any module asks for an email or a notification by an event; each is delivered once per key, however often asked. */
@WaypointTest
class RequestedMessagesTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_requested_email_is_stored_once_per_key_and_captured() {
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new EmailRequested(key, "someone@example.test", "Your case", "Hello")));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT status FROM email_message WHERE dedupe_key = :key").param("key", key)
                .query(String.class).list()).containsExactly("CAPTURED"));
    }

    @Test
    void a_requested_email_reaches_its_reader_with_absolute_links_and_a_reply_to_when_it_asks_for_a_reply() {
        String key = "test:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new EmailRequested(key, "someone@example.test",
                "Please tell us how we are doing", "Sign in to Waypoint and open /surveys/abc123.\n\n"
                        + "Questions? Reply to this email.")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT body || '|' || coalesce(reply_to, '') FROM email_message WHERE dedupe_key = :key")
                .param("key", key).query(String.class).single())
                .contains("open http://localhost:")
                .contains("/surveys/abc123.")
                .doesNotContain(" /surveys/")
                .endsWith("|Apprenticeships office <apprenticeships@waypoint.test>"));
    }

    @Test
    void a_requested_notification_reaches_the_account_once() {
        UUID account = jdbc.sql("SELECT id FROM user_account ORDER BY email LIMIT 1").query(UUID.class).single();
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new NotificationRequested(key, account, "Title " + key, "Body", "/home")));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM notification WHERE title = :title").param("title", "Title " + key)
                .query(Integer.class).single()).isEqualTo(1));
    }
}
