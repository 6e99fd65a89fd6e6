package waypoint.supportcase.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipPeople;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.StaffPart;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.messaging.TextEmails;
import waypoint.supportcase.internal.Records.EmailRow;

/**
 * The process's emails (docs/domain/support-policy.md, Who is copied in: “confirmed by email”, “copying in...”), written from the text templates in
 * {@code templates/supportcase/email/}, sent through the notification module (one EmailRequested per recipient, with a
 * key so a retry never sends twice) and kept on the case: what was sent, to whom, by whom and when.
 */
@Component
public class SupportEmails {

    /** The people an email may go to, in your support policy's words. */
    public enum To {
        APPRENTICE, LINE_MANAGER, COACH, CLIENT_PARTNER, LEAD, HEAD
    }

    public record Recipient(To part, String name, String email) {
    }

    private final TextEmails emails;
    private final ApprenticeshipPeople people;
    private final UserAccounts accounts;
    private final SupportCaseStore store;
    private final SupportTitles titles;
    private final SupportSettings settings;
    private final org.springframework.context.ApplicationEventPublisher events;

    SupportEmails(TextEmails emails, ApprenticeshipPeople people, UserAccounts accounts, SupportCaseStore store,
            SupportTitles titles, SupportSettings settings, org.springframework.context.ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
        this.emails = emails;
        this.people = people;
        this.accounts = accounts;
        this.store = store;
        this.titles = titles;
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
                case CLIENT_PARTNER -> clientPartners(staff).forEach(found::add);
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

    /**
     * The client partners named on the apprenticeship (its other staff with the part “client partner”), or the
     * provider's default client partner when it names none (docs/domain/support-policy.md, Who is copied in).
     */
    private List<Recipient> clientPartners(List<ApprenticeshipPeople.Person> staff) {
        List<Recipient> named = staff.stream().filter(p -> p.part() == StaffPart.CLIENT_PARTNER)
                .filter(p -> p.email() != null && !p.email().isBlank())
                .map(p -> new Recipient(To.CLIENT_PARTNER, p.name(), p.email())).toList();
        return !named.isEmpty() ? named : settings.defaultClientPartner()
                .map(d -> List.of(new Recipient(To.CLIENT_PARTNER, d.name(), d.email()))).orElse(List.of());
    }

    /** Whether a formal stage's emails have a client partner to copy in. */
    public boolean clientPartnerKnown(ApprenticeshipId apprenticeshipId) {
        return !clientPartners(people.otherStaff(apprenticeshipId)).isEmpty();
    }

    /** Who an email went to, in words: the first recipient, then those copied in (“Sent to ...; copied to ...”). */
    public String sentTo(List<Recipient> to) {
        if (to.isEmpty()) {
            return "nobody (no email address is recorded for the people the policy names)";
        }
        String first = who(to.get(0));
        if (to.size() == 1) {
            return first;
        }
        return first + ", copied to " + to.subList(1, to.size()).stream().map(this::who)
                .collect(Collectors.joining(", "));
    }

    private String who(Recipient r) {
        return (r.name() == null ? "" : r.name() + " ") + "(" + words(r.part()) + ")";
    }

    /** Everyone active in the role: the policy copies in the heads of delivery (or the leads), not some of them. */
    private void byRole(Role role, To part, List<Recipient> found) {
        accounts.findActiveWithRole(role)
                .forEach(acc -> found.add(new Recipient(part, acc.displayName(), acc.email())));
    }

    /**
     * Writes the email from {@code template} with the model (plus the apprentice, standard, case link and titles),
     * sends it to each recipient and keeps it on the case. The first line of the template's output is the subject.
     */
    public EmailRow send(UUID caseId, ApprenticeshipSummary a, SupportStage stage, String kind, String template,
            Map<String, Object> model, List<Recipient> to, String sentBy, Instant now) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("apprentice", a.learnerName());
        variables.put("employer", a.employerName());
        variables.put("standard", a.standardLabel());
        variables.put("link", emails.baseUrl() + "/support-cases/" + caseId);
        variables.put("titles", titles.current());
        variables.put("sentBy", sentBy);
        // the email says who actually got it, so a missing line manager or client partner is never claimed
        variables.put("copies", "This email was sent to " + sentTo(to) + ".");
        String text = emails.write("supportcase/email/" + template, variables).strip();
        int newline = text.indexOf('\n');
        String subject = (newline < 0 ? text : text.substring(0, newline)).replaceFirst("^Subject:\\s*", "").strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip() + "\n";
        UUID id = UUID.randomUUID();
        String recipients = to.stream().map(r -> r.name() + " (" + words(r.part()) + ") <" + r.email() + ">")
                .collect(Collectors.joining("; "));
        EmailRow row = new EmailRow(id, kind, stage, recipients, subject, body, sentBy, now);
        store.email(caseId, row);
        for (Recipient r : to) {
            emails.sendWritten("support-case:" + caseId + ":" + id + ":" + r.email(), r.email(), subject,
                    "Dear " + (r.name() == null ? "colleague" : r.name()) + ",\n\n" + body);
            if (r.part() == To.LINE_MANAGER) {
                // the line manager is told of the apprentice's support (docs/domain/data-protection.md, "Sharing")
                events.publishEvent(waypoint.shared.personaldata.PersonalDataShared.emailToEmployer(
                        a.learnerId().value(), a.employerName(), r.name(), subject,
                        "Support for the apprentice: " + words(kind), now));
            }
        }
        return row;
    }

    /** A kind of email ("STAGE_3_START") as words for the sharing log. */
    private static String words(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
}
