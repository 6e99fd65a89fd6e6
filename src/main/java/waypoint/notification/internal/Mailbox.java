package waypoint.notification.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.web.PageOf;

/**
 * The emails Waypoint wrote, for administrators: in the default run no mail server is configured, so this is where
 * invitations and reset links are read. Emails hold one-time links, so only
 * administrators may look, and opening one is recorded in the audit trail.
 */
@Service
public class Mailbox {

    private final EmailMessages messages;
    private final ApplicationEventPublisher events;

    Mailbox(EmailMessages messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageOf<EmailMessage> page(CurrentUser user, String recipientPrefix, int page) {
        requireAdministrator(user);
        int number = Math.max(0, page);
        int size = PageOf.DEFAULT_SIZE;
        return new PageOf<>(messages.page(recipientPrefix, size, (long) number * size), number, size,
                messages.count(recipientPrefix));
    }

    /** Read-write: the audit trail writes its entry for the view in this transaction (AuditEventRecorder). */
    @Transactional
    public EmailMessage open(CurrentUser user, UUID id) {
        requireAdministrator(user);
        EmailMessage message = messages.find(id).orElseThrow(() -> new NotFoundException("Email"));
        events.publishEvent(new SensitiveRecordViewed("Email", id.toString(),
                "email to " + message.recipient() + ": " + message.subject()));
        return message;
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators may read the mailbox");
        }
    }
}
