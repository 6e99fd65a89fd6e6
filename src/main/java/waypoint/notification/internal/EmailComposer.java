package waypoint.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import waypoint.identity.InvitationIssued;
import waypoint.identity.PasswordResetRequested;
import waypoint.identity.SecondFactorsReset;
import waypoint.shared.time.GovUkDates;

/**
 * Writes emails from the plain-text Thymeleaf templates under {@code templates/notification/email/}. It has its own
 * text-mode engine, so the page templates' HTML engine is left as Spring Boot configures it.
 */
@Component
public class EmailComposer {

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;

    public EmailComposer(@Value("${waypoint.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public ComposedEmail invitation(InvitationIssued invitation) {
        return compose(invitation.email(), "You have been invited to Waypoint", "invitation", Map.of(
                "name", invitation.displayName(),
                "link", invitation.link(),
                "expiresAt", GovUkDates.timeOnDay(invitation.expiresAt())));
    }

    public ComposedEmail passwordReset(PasswordResetRequested reset) {
        return compose(reset.email(), "Reset your Waypoint password", "password-reset", Map.of(
                "name", reset.displayName(),
                "link", reset.link(),
                "expiresAt", GovUkDates.timeOnDay(reset.expiresAt())));
    }

    public ComposedEmail secondFactorsReset(SecondFactorsReset reset) {
        return compose(reset.email(), "Your Waypoint second factor has been reset", "second-factor-reset", Map.of(
                "name", reset.displayName(),
                "administrator", reset.administrator()));
    }

    /** Renders {@code templates/notification/email/<template>.txt}; {@code baseUrl} is always available to it. */
    public ComposedEmail compose(String to, String subject, String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("baseUrl", baseUrl);
        return new ComposedEmail(to, subject, engine.process(template, context));
    }

    /** Spring's flavour of the engine, so templates use the same expression language (SpEL) as the pages. */
    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notification/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
