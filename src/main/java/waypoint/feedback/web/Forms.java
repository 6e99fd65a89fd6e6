package waypoint.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/** Reads typed form text into the service's command: a value that is not one of the choices counts as not given. */
final class Forms {

    private Forms() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip())).findFirst()
                .orElse(null);
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

    /** The command, or the form's own errors (dates that are not dates) before the service checks the rest. */
    static RaiseFeedback command(RaiseForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant receivedAt = null;
        if (form.receivedOn() != null && !form.receivedOn().isBlank()) {
            LocalDate received = DateText.parse(form.receivedOn()).orElse(null);
            if (received == null) {
                errors.put("receivedOn", "Enter the date received as a real date, like 23/12/2026");
            } else {
                receivedAt = received.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
            }
        }
        LocalDate assessed = null;
        if (form.assessmentDate() != null && !form.assessmentDate().isBlank()) {
            assessed = DateText.parse(form.assessmentDate()).orElse(null);
            if (assessed == null) {
                errors.put("assessmentDate", "Enter the date of the assessment as a real date, like 23/12/2026");
            }
        }
        LocalDate ownRule = null;
        if (form.organisationAppealBy() != null && !form.organisationAppealBy().isBlank()) {
            ownRule = DateText.parse(form.organisationAppealBy()).orElse(null);
            if (ownRule == null) {
                errors.put("organisationAppealBy", "Enter the last day to appeal as a real date, like 23/12/2026");
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new RaiseFeedback(choice(FeedbackKind.class, form.kind()), yes(form.formal()), receivedAt,
                choice(Channel.class, form.channel()), id(form.learnerId()), form.complainantName(),
                form.complainantEmail(), choice(ComplainantType.class, form.complainantType()), form.summary(),
                form.details(), choice(Category.class, form.category()), id(form.aboutAccountId()),
                yes(form.under18()), yes(form.prefersOperationsManager()), yes(form.wantsResponse()),
                choice(AppealRoute.class, form.appealRoute()), assessed, ownRule);
    }
}
