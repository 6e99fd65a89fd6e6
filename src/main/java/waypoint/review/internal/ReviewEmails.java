package waypoint.review.internal;

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
 * Emails and in-app notices to the three people of a review, from {@code templates/review/email/review.txt}. Each
 * has a key, so the notification module sends it once however often a job or a retry asks.
 */
@Component
class ReviewEmails {

    private final TextEmails emails;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ReviewEmails(TextEmails emails, Learners learners, UserAccounts accounts, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.emails = emails;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Sends to the parties named (all three when none are). */
    void send(String key, ApprenticeshipSummary apprenticeship, UUID reviewId, String subject, String message,
            ReviewParty... parties) {
        java.util.Set<ReviewParty> to = parties.length == 0 ? java.util.EnumSet.allOf(ReviewParty.class)
                : java.util.EnumSet.copyOf(java.util.List.of(parties));
        String path = "/reviews/" + reviewId;
        for (ReviewParty party : to) {
            Optional<UUID> account = switch (party) {
                case LEARNER -> Optional.ofNullable(apprenticeship.learnerAccountId());
                case EMPLOYER -> Optional.ofNullable(apprenticeship.lineManagerAccountId());
                case TUTOR -> Optional.ofNullable(apprenticeship.tutorAccountId());
            };
            Optional<String[]> person = account.flatMap(accounts::find).map(a -> new String[] {a.email(), a.displayName()});
            if (person.isEmpty() && party == ReviewParty.LEARNER) {
                person = learners.find(apprenticeship.learnerId()).map(l -> new String[] {l.email(),
                        apprenticeship.learnerName()});
            }
            person.filter(p -> p[0] != null).ifPresent(p -> emails.send(key + ":" + party, p[0], subject,
                    "review/email/review", Map.of("name", p[1], "apprentice", apprenticeship.learnerName(),
                            "standard", apprenticeship.standardLabel(), "message", message,
                            "link", emails.baseUrl() + path)));
            account.ifPresent(id -> emails.notice(key + ":" + party + ":notice", id, subject, message, path));
            if (party == ReviewParty.EMPLOYER && person.filter(p -> p[0] != null).isPresent()) {
                // the line manager is told about the apprentice (docs/domain/data-protection.md, "Sharing")
                events.publishEvent(PersonalDataShared.emailToEmployer(apprenticeship.learnerId().value(),
                        apprenticeship.employerName(), person.get()[1], subject, message, clock.instant()));
            }
        }
    }
}
