package waypoint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import waypoint.identity.AccountSummary;
import waypoint.identity.InvitationIssued;
import waypoint.identity.Invitations;
import waypoint.identity.PasswordResetRequested;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.notification.internal.EmailMessage;
import waypoint.notification.internal.EmailMessages;
import waypoint.notification.internal.EmailStatus;
import waypoint.support.WaypointTest;

/** Identity's events become emails (captured: the test run has no mail server) and in-app notifications. */
@WaypointTest
@RecordApplicationEvents
class IdentityEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    UserAccounts accounts;
    @Autowired
    Invitations invitations;
    @Autowired
    EmailMessages messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void an_invitation_is_captured_as_an_email_to_the_invited_person_with_their_link() {
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        AccountSummary account = accounts.create(email, "Ivy Invited", Set.of(Role.LEARNER));

        invitations.invite(account.id());

        String link = events.stream(InvitationIssued.class).filter(e -> e.email().equals(email)).findFirst()
                .orElseThrow().link();
        List<EmailMessage> captured = await().atMost(PATIENCE).until(() -> messagesTo(email),
                found -> found.stream().anyMatch(m -> m.status() == EmailStatus.CAPTURED));
        assertThat(captured).singleElement().satisfies(message -> {
            assertThat(message.subject()).isEqualTo("You have been invited to Waypoint");
            assertThat(message.body()).contains("Dear Ivy Invited,").contains(link);
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(incompletePublicationsMentioning(email)).isZero());
    }

    @Test
    void a_password_reset_request_is_emailed_and_shown_in_the_persons_notifications() {
        AccountSummary account = TestAccounts.tutor(accounts);

        invitations.requestPasswordReset(account.email());

        String link = events.stream(PasswordResetRequested.class).filter(e -> e.accountId().equals(account.id()))
                .findFirst().orElseThrow().link();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesTo(account.email()))
                .singleElement().satisfies(message -> {
                    assertThat(message.status()).isEqualTo(EmailStatus.CAPTURED);
                    assertThat(message.subject()).isEqualTo("Reset your Waypoint password");
                    assertThat(message.body()).contains(link);
                }));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationTitles(account.id()))
                .containsExactly("A password reset was requested for your account"));
    }

    private List<EmailMessage> messagesTo(String email) {
        return messages.page(email, 25, 0).stream().filter(m -> m.recipient().equals(email)).toList();
    }

    private List<String> notificationTitles(UUID accountId) {
        return jdbc.sql("SELECT title FROM notification WHERE recipient_id = :id").param("id", accountId)
                .query(String.class).list();
    }

    private long incompletePublicationsMentioning(String text) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :text")
                .param("text", "%" + text + "%").query(Long.class).single();
    }
}
