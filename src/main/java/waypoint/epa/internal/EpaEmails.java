package waypoint.epa.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.TextEmails;
import waypoint.shared.personaldata.PersonalDataShared;

/**
 * Emails and in-app notices to the apprentice and the employer's line manager about the EPA (a booking, its reminder,
 * the completion), from {@code templates/epa/email/epa.txt}. Each is sent once per key.
 */
@Component
class EpaEmails {

    private final TextEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Learners learners;
    private final UserAccounts accounts;

    EpaEmails(TextEmails emails, Learners learners, UserAccounts accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.clock = clock;
        this.emails = emails;
        this.learners = learners;
        this.accounts = accounts;
    }

    void toApprenticeAndEmployer(String key, ApprenticeshipSummary a, String subject, String message) {
        String path = "/apprenticeships/" + a.id() + "/gateway";
        send(key + ":apprentice", Optional.ofNullable(a.learnerAccountId()), a, subject, message, path, true);
        send(key + ":employer", Optional.ofNullable(a.lineManagerAccountId()), a, subject, message, path, false);
    }

    private void send(String key, Optional<UUID> account, ApprenticeshipSummary a, String subject, String message,
            String path, boolean learner) {
        Optional<String[]> person = account.flatMap(accounts::find).map(p -> new String[] {p.email(), p.displayName()});
        if (person.isEmpty() && learner) {
            person = learners.find(a.learnerId()).map(l -> new String[] {l.email(), a.learnerName()});
        }
        person.filter(p -> p[0] != null).ifPresent(p -> emails.send(key, p[0], subject, "epa/email/epa",
                Map.of("name", p[1], "apprentice", a.learnerName(), "standard", a.standardLabel(),
                        "message", message, "link", emails.baseUrl() + path)));
        account.ifPresent(id -> emails.notice(key + ":notice", id, subject, message, path));
        if (!learner && person.isPresent()) {
            // the employer is told about the apprentice (docs/domain/data-protection.md, "Sharing")
            events.publishEvent(PersonalDataShared.emailToEmployer(a.learnerId().value(), a.employerName(),
                    person.get()[1],
                    subject, message, clock.instant()));
        }
    }
}
