package waypoint.notification.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import waypoint.shared.messaging.EmailRequested;

/**
 * What every email a module asks for must carry before it is stored: links that work outside Waypoint (a path in
 * Waypoint, such as {@code /surveys/abc}, gets Waypoint's address in front) and, for an email that asks for a reply
 * ("reply to this email"), a Reply-To, since Waypoint sends from a no-reply address: the person the module named,
 * or else the provider's reply address ({@code waypoint.mail-reply-to}).
 */
@Component
class OutgoingEmails {

    /** A path starting a word: not part of an address (https://…/x) nor of words such as "and/or". */
    private static final Pattern PATH = Pattern.compile("(?<![\\w/:.@-])/(?=[a-z])[^\\s)\\]>\"']*");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?]+$");
    private static final Pattern ASKS_FOR_REPLY = Pattern.compile(
            "\\breply to (this|the) (email|message)\\b|\\bplease reply\\b|\\breply to us\\b|\\bby replying\\b",
            Pattern.CASE_INSENSITIVE);

    private final String baseUrl;
    private final String providerReplyTo;

    OutgoingEmails(@Value("${waypoint.base-url}") String baseUrl,
            @Value("${waypoint.mail-reply-to:}") String providerReplyTo) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.providerReplyTo = providerReplyTo.isBlank() ? null : providerReplyTo.strip();
    }

    ComposedEmail prepare(EmailRequested email) {
        String body = absoluteLinks(email.body());
        String replyTo = email.replyTo() != null ? email.replyTo() : asksForReply(body) ? providerReplyTo : null;
        return new ComposedEmail(email.to(), email.subject(), body, replyTo);
    }

    static boolean asksForReply(String body) {
        return ASKS_FOR_REPLY.matcher(body).find();
    }

    String absoluteLinks(String body) {
        Matcher path = PATH.matcher(body);
        StringBuilder out = new StringBuilder();
        while (path.find()) {
            String found = path.group();
            Matcher trailing = TRAILING.matcher(found);
            String link = trailing.find() ? found.substring(0, trailing.start()) : found;
            String rest = found.substring(link.length());
            path.appendReplacement(out, Matcher.quoteReplacement(baseUrl + link + rest));
        }
        path.appendTail(out);
        return out.toString();
    }
}
