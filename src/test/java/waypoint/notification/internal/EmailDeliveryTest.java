package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import waypoint.support.WaypointTest;

/**
 * The SMTP path, which the shared test context does not take (it has no mail server): a delivery pointed at a
 * small fake SMTP server, and at a port where nothing listens. Messages are stored in the real email_message table.
 */
@WaypointTest
class EmailDeliveryTest {

    private static final String FROM = "Waypoint <no-reply@waypoint.test>";

    @Autowired
    EmailMessages messages;

    @Test
    void with_a_mail_server_an_email_is_sent_by_smtp_and_marked_sent() throws Exception {
        EmailMessage message = messages.storeOnce(key(), new ComposedEmail("sam@example.com", "Hello from Waypoint",
                "Dear Sam,\n\nOpen https://waypoint.test/account/set-password?token=abc to start.\n"));

        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            new EmailDelivery(messages, mailSender(smtp.port()), FROM).deliver(message);

            FakeSmtpServer.Received received = smtp.awaitMessage();
            assertThat(received.recipients()).containsExactly("<sam@example.com>");
            assertThat(received.data())
                    .contains("From: Waypoint <no-reply@waypoint.test>")
                    .contains("To: sam@example.com")
                    .contains("Subject: Hello from Waypoint")
                    .contains("https://waypoint.test/account/set-password?token=abc");
        }
        EmailMessage stored = messages.find(message.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(EmailStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
    }

    @Test
    void an_email_that_asks_for_a_reply_is_sent_with_its_reply_to() throws Exception {
        EmailMessage message = messages.storeOnce(key(), new ComposedEmail("sam@example.com", "Stage 5 recommendation",
                "To appeal, reply to this email.", "Dana Director <director@example.com>"));

        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            new EmailDelivery(messages, mailSender(smtp.port()), FROM).deliver(message);

            assertThat(smtp.awaitMessage().data())
                    .contains("From: Waypoint <no-reply@waypoint.test>")
                    .contains("Reply-To: Dana Director <director@example.com>");
        }
        assertThat(messages.find(message.id()).orElseThrow().replyTo()).isEqualTo("Dana Director <director@example.com>");
    }

    @Test
    void when_the_mail_server_cannot_be_reached_the_email_is_marked_failed_with_the_error_and_the_failure_is_thrown()
            throws Exception {
        EmailMessage message = messages.storeOnce(key(), new ComposedEmail("sam@example.com", "Hello", "Hi"));
        EmailDelivery delivery = new EmailDelivery(messages, mailSender(FakeSmtpServer.closedPort()), FROM);

        assertThatThrownBy(() -> delivery.deliver(message)).isInstanceOf(EmailNotDeliveredException.class);

        EmailMessage stored = messages.find(message.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.lastError()).contains("Connection refused");
        assertThat(stored.sentAt()).isNull();
    }

    @Test
    void without_a_mail_server_an_email_is_captured_and_not_sent() {
        EmailMessage message = messages.storeOnce(key(), new ComposedEmail("sam@example.com", "Hello", "Hi"));

        new EmailDelivery(messages, null, FROM).deliver(message);

        EmailMessage stored = messages.find(message.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(EmailStatus.CAPTURED);
        assertThat(stored.sentAt()).isNull();
    }

    @Test
    void a_retried_send_delivers_the_stored_email_again_rather_than_a_second_copy() throws Exception {
        String key = key();
        ComposedEmail email = new ComposedEmail("sam@example.com", "Retry me", "Hi");
        EmailOutbox failing = new EmailOutbox(messages,
                new EmailDelivery(messages, mailSender(FakeSmtpServer.closedPort()), FROM));
        assertThatThrownBy(() -> failing.send(key, email)).isInstanceOf(EmailNotDeliveredException.class);

        EmailMessage retried;
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            retried = new EmailOutbox(messages, new EmailDelivery(messages, mailSender(smtp.port()), FROM)).send(key, email);
            smtp.awaitMessage();
        }

        assertThat(retried.status()).isEqualTo(EmailStatus.SENT);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.lastError()).contains("Connection refused");
        assertThat(messages.page("sam@example.com", 1000, 0)).filteredOn(m -> m.dedupeKey().equals(key)).hasSize(1);
    }

    @Test
    void two_nodes_delivering_the_same_email_at_the_same_moment_send_it_once() throws Exception {
        String key = key();
        ComposedEmail email = new ComposedEmail("sam@example.com", "Once from two nodes", "Hi");
        messages.storeOnce(key, email);
        List<EmailMessage> results;
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            // one message only: a second send would wait for a server that no longer answers, and fail
            EmailOutbox outbox = new EmailOutbox(messages, new EmailDelivery(messages, mailSender(smtp.port()), FROM));
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<EmailMessage>> sends = java.util.stream.IntStream.range(0, 2)
                    .mapToObj(node -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return outbox.send(key, email);
                    })).toList();
            results = new java.util.ArrayList<>();
            for (CompletableFuture<EmailMessage> send : sends) {
                results.add(send.get(30, TimeUnit.SECONDS));
            }
            smtp.awaitMessage();
        }

        assertThat(results).extracting(EmailMessage::status).containsOnly(EmailStatus.SENT);
        EmailMessage stored = messages.page("sam@example.com", 1000, 0).stream()
                .filter(m -> m.dedupeKey().equals(key)).findFirst().orElseThrow();
        assertThat(stored.attempts()).isEqualTo(1);
    }

    @Test
    void an_email_already_sent_or_captured_is_not_delivered_again() {
        String key = key();
        ComposedEmail email = new ComposedEmail("sam@example.com", "Once", "Hi");
        EmailMessage first = new EmailOutbox(messages, new EmailDelivery(messages, null, FROM)).send(key, email);
        // a mail server that cannot be reached: delivering again would fail
        EmailMessage again = new EmailOutbox(messages, new EmailDelivery(messages, mailSender(1), FROM)).send(key, email);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(EmailStatus.CAPTURED);
    }

    @Test
    void the_log_names_an_email_by_its_id_never_by_its_address_or_subject() {
        EmailMessage captured = messages.storeOnce(key(), new ComposedEmail("sam.jones@example.com",
                "Your review with Sam Jones", "Hi"));
        EmailMessage failed = messages.storeOnce(key(), new ComposedEmail("sam.jones@example.com",
                "Your review with Sam Jones", "Hi"));
        Logger logger = (Logger) LoggerFactory.getLogger(EmailDelivery.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            new EmailDelivery(messages, null, FROM).deliver(captured);
            assertThatThrownBy(() -> new EmailDelivery(messages, mailSender(FakeSmtpServer.closedPort()), FROM)
                    .deliver(failed)).isInstanceOf(EmailNotDeliveredException.class);
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains(captured.id().toString()))
                .anySatisfy(line -> assertThat(line).contains(failed.id().toString()))
                .allSatisfy(line -> assertThat(line).doesNotContain("sam.jones", "Sam Jones", "@"));
    }

    @Test
    void a_mail_server_s_refusal_is_logged_without_the_address_it_quotes() {
        assertThat(EmailDelivery.withoutAddresses("550 5.1.1 <sam.jones@example.com>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <[address]>: Recipient address rejected");
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "3000");
        properties.put("mail.smtp.timeout", "3000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
