package waypoint.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivers a stored email and records how it went. With a mail server (spring.mail.host set) it goes by SMTP;
 * without one (the default run) it is captured for administrators to read at /dev/mailbox, and not sent.
 */
public class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailMessages messages;
    private final JavaMailSender smtp;
    private final String from;

    /** {@code smtp} is null when no mail server is configured. */
    public EmailDelivery(EmailMessages messages, JavaMailSender smtp, String from) {
        this.messages = messages;
        this.smtp = smtp;
        this.from = from;
    }

    /** Sends or captures the message; a failed send is marked FAILED with its error and thrown. */
    public void deliver(EmailMessage message) {
        if (smtp == null) {
            messages.markCaptured(message.id());
            log.info("Captured an email to {} ({}): no mail server is configured; read it at /dev/mailbox",
                    message.recipient(), message.subject());
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
            log.warn("Email {} to {} was not sent and will be retried: {}", message.id(), message.recipient(),
                    cause.getMessage());
            throw new EmailNotDeliveredException(message.id(), e);
        }
        messages.markSent(message.id());
    }
}
