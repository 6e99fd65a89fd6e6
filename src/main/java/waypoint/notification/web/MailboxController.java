package waypoint.notification.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.notification.internal.EmailMessage;
import waypoint.notification.internal.Mailbox;
import waypoint.shared.web.PageOf;
import waypoint.shared.time.GovUkDates;

/** /dev/mailbox: the emails Waypoint wrote, for administrators (the URL rule and {@link Mailbox} both check). */
@Controller
class MailboxController {

    private final Mailbox mailbox;

    MailboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** An email as the mailbox shows it. */
    public record EmailView(UUID id, String recipient, String subject, String status, String created, String sent,
            int attempts, String lastError, String replyTo) {

        static EmailView of(EmailMessage message) {
            return new EmailView(message.id(), message.recipient(), message.subject(), message.status().label(),
                    GovUkDates.shortTime(message.createdAt()),
                    message.sentAt() == null ? null : GovUkDates.shortTime(message.sentAt()), message.attempts(),
                    message.lastError(), message.replyTo());
        }
    }

    @GetMapping("/dev/mailbox")
    String list(CurrentUser user, @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String search = to == null ? "" : to.strip();
        PageOf<EmailMessage> found = mailbox.page(user, search, page);
        model.addAttribute("to", search);
        model.addAttribute("page", new PageOf<>(found.items().stream().map(EmailView::of).toList(), found.number(),
                found.size(), found.total()));
        model.addAttribute("baseUrl", listUrl(search));
        return "notification/mailbox";
    }

    /** The list's address with its search, for the pagination links; a '+' in an address stays a '+'. */
    static String listUrl(String search) {
        if (search.isEmpty()) {
            return "/dev/mailbox";
        }
        return UriComponentsBuilder.fromPath("/dev/mailbox").queryParam("to", "{to}").encode().buildAndExpand(search)
                .toUriString();
    }

    @GetMapping("/dev/mailbox/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        EmailMessage message = mailbox.open(user, id);
        model.addAttribute("email", EmailView.of(message));
        model.addAttribute("body", PlainText.of(message.body()));
        return "notification/email";
    }
}
