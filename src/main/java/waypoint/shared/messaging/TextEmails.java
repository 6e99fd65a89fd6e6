package waypoint.shared.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a module's emails from its plain-text Thymeleaf templates ({@code templates/<module>/email/*.txt}) and
 * asks for them to be sent ({@link EmailRequested}) or for an in-app notice ({@link NotificationRequested}). It has
 * its own text-mode engine, so the page templates' HTML engine is left as Spring Boot configures it. Publish inside
 * the transaction that made the change: the notification module delivers each key once.
 */
@Component
public class TextEmails {

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;
    private final ApplicationEventPublisher events;

    public TextEmails(@Value("${waypoint.base-url}") String baseUrl, ApplicationEventPublisher events) {
        this.baseUrl = baseUrl;
        this.events = events;
    }

    /** Waypoint's address, to make a path in Waypoint a link in an email. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A path in Waypoint ({@code /reviews/1}) as a link that works from an email: Waypoint's address in front. A
     * link that is already absolute is returned as it is.
     */
    public String link(String pathOrUrl) {
        if (pathOrUrl == null || !pathOrUrl.startsWith("/") || pathOrUrl.startsWith("//")) {
            return pathOrUrl;
        }
        return baseUrl.replaceAll("/+$", "") + pathOrUrl;
    }

    /**
     * The text of {@code templates/<template>.txt} (for example {@code "review/email/review"}) with the model;
     * {@code baseUrl} is always available to the template. A model value named {@code link}, or ending in
     * {@code Link}, that is a path in Waypoint is made absolute ({@link #link}): an email is read outside Waypoint.
     */
    public String write(String template, Map<String, ?> model) {
        Context context = new Context();
        model.forEach((name, value) -> context.setVariable(name,
                isLink(name) && value instanceof String path ? link(path) : value));
        context.setVariable("baseUrl", baseUrl);
        return engine.process(template, context);
    }

    /** Writes the email from the template and asks for it to be sent, once for this key. */
    public void send(String key, String to, String subject, String template, Map<String, ?> model) {
        sendWritten(key, to, subject, write(template, model));
    }

    /**
     * Writes an email that asks for a reply ("reply to this email") and asks for it to be sent, once for this key,
     * with a Reply-To of {@code replyTo} (the person who wrote it), since Waypoint sends from a no-reply address.
     */
    public void sendAskingForReply(String key, String to, String replyTo, String subject, String template,
            Map<String, ?> model) {
        events.publishEvent(new EmailRequested(key, to, subject, write(template, model), replyTo));
    }

    /** Asks for an email already written to be sent, once for this key. */
    public void sendWritten(String key, String to, String subject, String body) {
        events.publishEvent(new EmailRequested(key, to, subject, body));
    }

    private static boolean isLink(String name) {
        return name.equals("link") || name.endsWith("Link");
    }

    /** Asks for an in-app notice to the account, once for this key; {@code link} is a path in Waypoint, or null. */
    public void notice(String key, UUID account, String title, String body, String link) {
        events.publishEvent(new NotificationRequested(key, account, title, body, link));
    }

    /** Spring's flavour of the engine, so templates use the same expression language (SpEL) as the pages. */
    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
