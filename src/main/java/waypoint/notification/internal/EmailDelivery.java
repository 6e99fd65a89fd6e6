package waypoint.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import waypoint.shared.operations.Metrics;

/**
 * Delivers a stored email and records how it went. With a mail server (spring.mail.host set) it goes by SMTP;
 * without one (the default run) it is captured for administrators to read at /dev/mailbox, and not sent.
 */
public class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailMessages messages;
    private final JavaMailSender smtp;
    private final String from;
    private final Metrics metrics;

    /** {@code smtp} is null when no mail server is configured. */
    public EmailDelivery(EmailMessages messages, JavaMailSender smtp, String from) {
        this(messages, smtp, from, Metrics.discarding());
    }

    public EmailDelivery(EmailMessages messages, JavaMailSender smtp, String from, Metrics metrics) {
        this.messages = messages;
        this.smtp = smtp;
        this.from = from;
        this.metrics = metrics;
    }

    /** Sends or captures the message; a failed send is marked FAILED with its error and thrown. */
    public void deliver(EmailMessage message) {
        if (smtp == null) {
            messages.markCaptured(message.id());
            metrics.count(Metrics.EMAILS, "outcome", "captured");
            // the id only: the address and the subject (which may name a person) are personal data
            log.info("Captured email {}: no mail server is configured; read it at /dev/mailbox", message.id());
            return;
        }
        try {
            smtp.send(mime -> {
                MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
                helper.setFrom(from);
                helper.setTo(message.recipient());
                if (message.replyTo() != null) {
                    helper.setReplyTo(message.replyTo());
                }
                helper.setSubject(message.subject());
                helper.setText(message.body());
            });
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            messages.markFailed(message.id(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
            metrics.count(Metrics.EMAILS, "outcome", "failed");
            // a mail server's refusal often quotes the address: the log keeps the reason, not the address
            log.warn("Email {} was not sent and will be retried: {}", message.id(), withoutAddresses(cause.getMessage()));
            throw new EmailNotDeliveredException(message.id(), e);
        }
        messages.markSent(message.id());
        metrics.count(Metrics.EMAILS, "outcome", "sent");
    }

    static String withoutAddresses(String text) {
        return text == null ? null : text.replaceAll("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+", "[address]");
    }
}
