package waypoint.epa.internal;

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
 * Emails and in-app notices to the apprentice and the employer's line manager about the EPA (a booking, its reminder,
 * the completion), from {@code templates/epa/email/epa.txt}. Each is sent once per key.
 */
@Component
class EpaEmails {

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    EpaEmails(@Value("${waypoint.base-url}") String baseUrl, Learners learners, UserAccounts accounts,
            ApplicationEventPublisher events) {
        this.baseUrl = baseUrl;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
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
        person.filter(p -> p[0] != null).ifPresent(p -> events.publishEvent(new EmailRequested(key, p[0], subject,
                write(p[1], a, message, baseUrl + path))));
        account.ifPresent(id -> events.publishEvent(new NotificationRequested(key + ":notice", id, subject, message,
                path)));
    }

    private String write(String name, ApprenticeshipSummary a, String message, String link) {
        Context context = new Context();
        context.setVariables(Map.of("name", name, "apprentice", a.learnerName(), "standard", a.standardLabel(),
                "message", message, "link", link));
        return engine.process("epa", context);
    }

    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/epa/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
