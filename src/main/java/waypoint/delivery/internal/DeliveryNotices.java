package waypoint.delivery.internal;

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
import waypoint.identity.AccountSummary;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Emails and in-app notices about sessions and messages, from {@code templates/delivery/email/notice.txt}. Each has
 * a key, so the notification module sends it once however often a retry asks.
 */
@Component
class DeliveryNotices {

    enum To {
        LEARNER, EMPLOYER, TUTOR
    }

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    DeliveryNotices(@Value("${waypoint.base-url}") String baseUrl, Learners learners, UserAccounts accounts,
            ApplicationEventPublisher events) {
        this.baseUrl = baseUrl;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
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
            person.filter(p -> p[0] != null).ifPresent(p -> events.publishEvent(new EmailRequested(
                    personKey, p[0], subject, write(p[1], apprenticeship, message, baseUrl + path))));
            if (account != null) {
                events.publishEvent(new NotificationRequested(personKey + ":notice", account, subject, message,
                        path));
            }
        }
    }

    /** An in-app notice and an email to one account (a message's other participants). */
    void sendTo(String key, AccountSummary account, ApprenticeshipSummary apprenticeship, String path,
            String subject, String message) {
        events.publishEvent(new EmailRequested(key + ":email", account.email(), subject,
                write(account.displayName(), apprenticeship, message, baseUrl + path)));
        events.publishEvent(new NotificationRequested(key + ":notice", account.id(), subject, message, path));
    }

    private String write(String name, ApprenticeshipSummary apprenticeship, String message, String link) {
        Context context = new Context();
        context.setVariables(Map.of("name", name, "apprentice", apprenticeship.learnerName(),
                "standard", apprenticeship.standardLabel(), "message", message, "link", link));
        return engine.process("notice", context);
    }

    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/delivery/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
