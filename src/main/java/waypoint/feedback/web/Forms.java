package waypoint.feedback.web;

import java.time.Instant;
import java.util.UUID;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.DateText;

/** Reads typed form text into the service's command: a value that is not one of the choices counts as not given. */
final class Forms {

    private Forms() {
    }

    static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean yes(String text) {
        return "true".equals(text) || "yes".equals(text);
    }

    /** The command from a form whose Bean Validation constraints hold: its dates, choices and ids typed. */
    static RaiseFeedback command(RaiseForm form) {
        Instant receivedAt = DateText.parse(form.receivedOn())
                .map(received -> received.atStartOfDay(GovUkDates.LONDON).toInstant()).orElse(null);
        return new RaiseFeedback(OneOf.Choices.named(FeedbackKind.class, form.kind()), yes(form.formal()),
                receivedAt, OneOf.Choices.named(Channel.class, form.channel()), id(form.learnerId()),
                form.complainantName(), form.complainantEmail(),
                OneOf.Choices.named(ComplainantType.class, form.complainantType()), form.summary(), form.details(),
                OneOf.Choices.named(Category.class, form.category()), id(form.aboutAccountId()), yes(form.under18()),
                yes(form.prefersOperationsManager()), yes(form.wantsResponse()),
                OneOf.Choices.named(AppealRoute.class, form.appealRoute()),
                DateText.parse(form.assessmentDate()).orElse(null), DateText.parse(form.organisationAppealBy()).orElse(null));
    }
}
