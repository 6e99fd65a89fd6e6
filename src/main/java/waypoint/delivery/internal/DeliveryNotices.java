package waypoint.delivery.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.AccountSummary;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.TextEmails;
import waypoint.shared.personaldata.PersonalDataShared;

/**
 * Emails and in-app notices about sessions and messages, from {@code templates/delivery/email/notice.txt}. Each has
 * a key, so the notification module sends it once however often a retry asks.
 */
@Component
class DeliveryNotices {

    enum To {
        LEARNER, EMPLOYER, TUTOR
    }

    private static final String TEMPLATE = "delivery/email/notice";

    private final TextEmails emails;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    DeliveryNotices(TextEmails emails, Learners learners, UserAccounts accounts, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.emails = emails;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Tells the apprentice and their line manager (and the tutor when asked), but never the person who acted. */
    void send(String key, ApprenticeshipSummary apprenticeship, String path, String subject, String message,
            UUID actingAccount, java.util.Set<To> to) {
        for (To party : to) {
            UUID account = switch (party) {
                case LEARNER -> apprenticeship.learnerAccountId();
                case EMPLOYER -> apprenticeship.lineManagerAccountId();
                case TUTOR -> apprenticeship.tutorAccountId();
            };
            if (account != null && account.equals(actingAccount)) {
                continue;
            }
            Optional<String[]> person = Optional.ofNullable(account).flatMap(accounts::find)
                    .map(a -> new String[] {a.email(), a.displayName()});
            if (person.isEmpty() && party == To.LEARNER) {
                person = learners.find(apprenticeship.learnerId()).map(l -> new String[] {l.email(),
                        apprenticeship.learnerName()});
            }
            // keyed by person, so a line manager of two apprentices in a group session is told once
            String personKey = key + ":" + (account != null ? account : "learner-" + apprenticeship.learnerId());
            person.filter(p -> p[0] != null).ifPresent(p -> emails.send(personKey, p[0], subject,
                    TEMPLATE, model(p[1], apprenticeship, message, path)));
            if (account != null) {
                emails.notice(personKey + ":notice", account, subject, message, path);
            }
            if (party == To.EMPLOYER && person.filter(p -> p[0] != null).isPresent()) {
                // the line manager is told about the apprentice (docs/domain/data-protection.md, "Sharing")
                events.publishEvent(PersonalDataShared.emailToEmployer(apprenticeship.learnerId().value(),
                        apprenticeship.employerName(), person.get()[1], subject, message, clock.instant()));
            }
        }
    }

    /** An in-app notice and an email to one account (a message's other participants). */
    void sendTo(String key, AccountSummary account, ApprenticeshipSummary apprenticeship, String path,
            String subject, String message) {
        emails.send(key + ":email", account.email(), subject, TEMPLATE,
                model(account.displayName(), apprenticeship, message, path));
        emails.notice(key + ":notice", account.id(), subject, message, path);
    }

    private Map<String, Object> model(String name, ApprenticeshipSummary apprenticeship, String message,
            String path) {
        return Map.of("name", name, "apprentice", apprenticeship.learnerName(),
                "standard", apprenticeship.standardLabel(), "message", message, "link", emails.baseUrl() + path);
    }
}
