package waypoint.supportcase.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import waypoint.enrolment.ApprenticeshipPeople;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.StaffPart;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.messaging.EmailRequested;
import waypoint.supportcase.internal.Records.EmailRow;

/**
 * The process's emails (seed 003: “confirmed by email”, “copying in...”), written from the text templates in
 * {@code templates/supportcase/email/}, sent through the notification module (one EmailRequested per recipient, with a
 * key so a retry never sends twice) and kept on the case: what was sent, to whom, by whom and when.
 */
@Component
public class SupportEmails {

    /** The people an email may go to, in the seed's words. */
    public enum To {
        APPRENTICE, LINE_MANAGER, COACH, CLIENT_PARTNER, LEAD, HEAD
    }

    public record Recipient(To part, String name, String email) {
    }

    private final SpringTemplateEngine engine = textEngine();
    private final String baseUrl;
    private final ApprenticeshipPeople people;
    private final UserAccounts accounts;
    private final SupportCaseStore store;
    private final SupportTitles titles;
    private final ApplicationEventPublisher events;

    SupportEmails(@Value("${waypoint.base-url}") String baseUrl, ApprenticeshipPeople people, UserAccounts accounts,
            SupportCaseStore store, SupportTitles titles, ApplicationEventPublisher events) {
        this.baseUrl = baseUrl;
        this.people = people;
        this.accounts = accounts;
        this.store = store;
        this.titles = titles;
        this.events = events;
    }

    /** Who the parts are for this apprenticeship (a part with nobody in it is left out). */
    public List<Recipient> recipients(ApprenticeshipSummary a, List<To> parts) {
        ApprenticeshipPeople.Contacts contacts = people.contacts(a.id());
        List<ApprenticeshipPeople.Person> staff = people.otherStaff(a.id());
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (To part : parts) {
            List<Recipient> found = new ArrayList<>();
            switch (part) {
                case APPRENTICE -> found.add(new Recipient(part, a.learnerName(), contacts.learnerEmail()));
                case LINE_MANAGER -> found.add(new Recipient(part, a.lineManagerName(), contacts.lineManagerEmail()));
                case COACH -> found.add(new Recipient(part, a.tutorName(), contacts.tutorEmail()));
                case CLIENT_PARTNER -> staff.stream().filter(p -> p.part() == StaffPart.CLIENT_PARTNER)
                        .forEach(p -> found.add(new Recipient(part, p.name(), p.email())));
                case LEAD -> {
                    staff.stream().filter(p -> p.part() == StaffPart.PASTORAL_LEAD
                            || p.part() == StaffPart.TECHNICAL_LEAD)
                            .forEach(p -> found.add(new Recipient(part, p.name(), p.email())));
                    if (found.isEmpty()) {
                        byRole(Role.LEAD, part, found);
                    }
                }
                case HEAD -> byRole(Role.HEAD_OF_DELIVERY, part, found);
            }
            found.stream().filter(r -> r.email() != null && !r.email().isBlank())
                    .forEach(r -> byEmail.putIfAbsent(r.email().toLowerCase(), r));
        }
        return List.copyOf(byEmail.values());
    }

    private void byRole(Role role, To part, List<Recipient> found) {
        accounts.findActiveWithRole(role).stream().limit(5)
                .forEach(acc -> found.add(new Recipient(part, acc.displayName(), acc.email())));
    }

    /**
     * Writes the email from {@code template} with the model (plus the apprentice, standard, case link and titles),
     * sends it to each recipient and keeps it on the case. The first line of the template's output is the subject.
     */
    public EmailRow send(UUID caseId, ApprenticeshipSummary a, SupportStage stage, String kind, String template,
            Map<String, Object> model, List<Recipient> to, String sentBy, Instant now) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable("apprentice", a.learnerName());
        context.setVariable("employer", a.employerName());
        context.setVariable("standard", a.standardLabel());
        context.setVariable("link", baseUrl + "/support-cases/" + caseId);
        context.setVariable("titles", titles.current());
        context.setVariable("sentBy", sentBy);
        String text = engine.process(template, context).strip();
        int newline = text.indexOf('\n');
        String subject = (newline < 0 ? text : text.substring(0, newline)).replaceFirst("^Subject:\\s*", "").strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip() + "\n";
        UUID id = UUID.randomUUID();
        String recipients = to.stream().map(r -> r.name() + " (" + words(r.part()) + ") <" + r.email() + ">")
                .collect(Collectors.joining("; "));
        EmailRow row = new EmailRow(id, kind, stage, recipients, subject, body, sentBy, now);
        store.email(caseId, row);
        for (Recipient r : to) {
            events.publishEvent(new EmailRequested("support-case:" + caseId + ":" + id + ":" + r.email(), r.email(),
                    subject, "Dear " + (r.name() == null ? "colleague" : r.name()) + ",\n\n" + body));
        }
        return row;
    }

    private String words(To part) {
        SupportTitles.Titles t = titles.current();
        return switch (part) {
            case APPRENTICE -> "apprentice";
            case LINE_MANAGER -> t.lineManager();
            case COACH -> t.coach();
            case CLIENT_PARTNER -> t.clientPartner();
            case LEAD -> t.lead();
            case HEAD -> t.head();
        };
    }

    private static SpringTemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/supportcase/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
