package waypoint.shared.operations;

import java.time.Duration;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Readiness: the mail server answers, when one is set ({@code WAYPOINT_SMTP_HOST}). Without one (the default run)
 * emails are kept in the local outbox and mail is up. The mail server is asked at most every 30 seconds, however often
 * the load balancer asks Waypoint.
 */
@Component
class MailHealthIndicator implements HealthIndicator {

    private static final Duration ASK_AGAIN_AFTER = Duration.ofSeconds(30);

    private final JavaMailSenderImpl smtp;
    private volatile Health last;
    private volatile long askedAtNanos;

    MailHealthIndicator(@Value("${spring.mail.host:}") String host, ObjectProvider<JavaMailSender> senders) {
        this.smtp = host.isBlank() || !(senders.getIfAvailable() instanceof JavaMailSenderImpl impl) ? null : impl;
    }

    @Override
    public Health health() {
        if (smtp == null) {
            return Health.up().withDetail("delivery", "no mail server set: emails kept in the local outbox").build();
        }
        // the wall clock of this process, not the application's clock of the working day
        long now = System.nanoTime();
        if (last == null || now - askedAtNanos > ASK_AGAIN_AFTER.toNanos()) {
            last = ask();
            askedAtNanos = now;
        }
        return last;
    }

    private Health ask() {
        try {
            smtp.testConnection();
            return Health.up().build();
        } catch (MessagingException | RuntimeException unreachable) {
            return Health.down().withDetail("error", "the mail server does not answer: " + unreachable.getMessage())
                    .build();
        }
    }
}
