package waypoint.review.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Emails and in-app notices to the three people of a review, from {@code templates/review/email/review.txt}. Each
 * has a key, so the notification module sends it once however often a job or a retry asks.
 */
@Component
class ReviewEmails {

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    ReviewEmails(@Value("${waypoint.base-url}") String baseUrl, Learners learners, UserAccounts accounts,
            ApplicationEventPublisher events) {
        this.baseUrl = baseUrl;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
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
            person.filter(p -> p[0] != null).ifPresent(p -> events.publishEvent(new EmailRequested(
                    key + ":" + party, p[0], subject, write(p[1], apprenticeship, message, baseUrl + path))));
            account.ifPresent(id -> events.publishEvent(new NotificationRequested(key + ":" + party + ":notice", id,
                    subject, message, path)));
        }
    }

    private String write(String name, ApprenticeshipSummary apprenticeship, String message, String link) {
        Context context = new Context();
        context.setVariables(Map.of("name", name, "apprentice", apprenticeship.learnerName(),
                "standard", apprenticeship.standardLabel(), "message", message, "link", link));
        return engine.process("review", context);
    }

    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/review/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
