package waypoint.feedback.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.ValidFormat;

/**
 * The raise-feedback form as typed (every field text, so what was typed comes back on an error), with what must be
 * filled in and in what form: the same as the API's body ({@link RaiseFeedback}), and, on the public form
 * ({@link Public}), who the person is and how to reach them. {@code website} is the public form's honeypot: hidden
 * from people, filled in only by robots.
 */
@RequiredWhen(field = "appealRoute", when = "kind", is = "APPEAL", message = "Select what the appeal is about")
@RequiredWhen(field = "assessmentDate", when = "kind", is = "APPEAL", message = "Enter the date of the assessment")
public record RaiseForm(
        @NotBlank(message = KIND)
        @OneOf(value = FeedbackKind.class, message = KIND) String kind,
        String formal, String channel,
        @TypedDate(message = "Enter the date received as a real date, like 23/12/2026") String receivedOn,
        String learnerId,
        @NotBlank(groups = Public.class, message = "Enter your name")
        @Size(groups = Public.class, max = 200, message = "Your name must be {max} characters or fewer")
        String complainantName,
        @NotBlank(groups = Public.class, message = "Enter your email address")
        @Size(max = 254, message = RaiseFeedback.EMAIL_FORMAT) @ValidFormat(Format.EMAIL) String complainantEmail,
        @NotBlank(groups = Public.class, message = "Select who you are")
        @OneOf(groups = Public.class, value = ComplainantType.class, message = "Select who you are")
        String complainantType,
        @NotBlank(message = "Enter a short summary")
        @Size(max = 200, message = "The summary must be {max} characters or fewer") String summary,
        @NotBlank(message = "Enter the details")
        @Size(max = 8000, message = "The details must be {max} characters or fewer") String details,
        String category, String aboutAccountId, String under18, String prefersOperationsManager,
        String wantsResponse,
        @OneOf(value = AppealRoute.class, message = "Select what the appeal is about") String appealRoute,
        @TypedDate(message = "Enter the date of the assessment as a real date, like 23/12/2026") String assessmentDate,
        @TypedDate(message = "Enter the last day to appeal as a real date, like 23/12/2026") String organisationAppealBy,
        String website) {

    static final String KIND = "Select what kind of feedback this is";

    /** The public form's own checks: someone without an account says who they are and how to reach them. */
    public interface Public {
    }

    public static RaiseForm empty() {
        return new RaiseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public RaiseForm withLearner(String learner) {
        return new RaiseForm(kind, formal, channel, receivedOn, learner, complainantName, complainantEmail,
                complainantType, summary, details, category, aboutAccountId, under18, prefersOperationsManager,
                wantsResponse, appealRoute, assessmentDate, organisationAppealBy, website);
    }
}
