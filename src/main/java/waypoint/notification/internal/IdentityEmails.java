package waypoint.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.identity.InvitationIssued;
import waypoint.identity.PasswordResetRequested;
import waypoint.identity.SecondFactorsReset;

/**
 * Emails for identity's events. Each listener runs after the publishing transaction commits, off the request
 * thread, and is recorded in the JDBC event publication registry: if the send throws, the publication stays
 * incomplete and {@link IncompletePublicationsResubmitter} runs it again.
 */
@Component
class IdentityEmails {

    private final EmailComposer composer;
    private final EmailOutbox outbox;

    IdentityEmails(EmailComposer composer, EmailOutbox outbox) {
        this.composer = composer;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(InvitationIssued invitation) {
        outbox.send(EventKeys.of("invitation", invitation.accountId(), invitation.link()),
                composer.invitation(invitation));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested reset) {
        outbox.send(EventKeys.of("password-reset", reset.accountId(), reset.link()), composer.passwordReset(reset));
    }

    @ApplicationModuleListener
    void on(SecondFactorsReset reset) {
        outbox.send(EventKeys.of("second-factor-reset", reset.accountId(), reset.resetAt().toString()),
                composer.secondFactorsReset(reset));
    }
}
