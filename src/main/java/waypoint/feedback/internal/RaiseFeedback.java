package waypoint.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.ValidFormat;

/**
 * Feedback as someone raises it (a page form or the API body). A learner or employer contact raising their own
 * leaves out who they are; staff raising it on someone's behalf give the channel and the complainant. An assessment
 * appeal gives what it is about and the date of the assessment, and, when the awarding or end-point assessment
 * organisation's own appeals process sets it, the last day to appeal ({@code organisationAppealBy}). What must be
 * given, and in what form, is checked on the record (the API's body; the pages' form, {@code RaiseForm}, says the
 * same in its own fields).
 */
@RequiredWhen(field = "appealRoute", when = "kind", is = "APPEAL", message = "Select what the appeal is about")
@RequiredWhen(field = "assessmentDate", when = "kind", is = "APPEAL", message = "Enter the date of the assessment")
@RequiredWhen(groups = RaiseFeedback.OnBehalf.class, field = "complainantName", when = "learnerId", is = "",
        message = "Enter the name of the person giving the feedback")
public record RaiseFeedback(
        @NotNull(message = "Select what kind of feedback this is") FeedbackKind kind,
        Boolean formal, Instant receivedAt, Channel channel, UUID learnerId, String complainantName,
        @Size(max = 254, message = RaiseFeedback.EMAIL_FORMAT) @ValidFormat(Format.EMAIL) String complainantEmail,
        ComplainantType complainantType,
        @NotBlank(message = "Enter a short summary")
        @Size(max = 200, message = "The summary must be {max} characters or fewer") String summary,
        @NotBlank(message = "Enter the details")
        @Size(max = 8000, message = "The details must be {max} characters or fewer") String details,
        Category category, UUID aboutAccountId, Boolean under18, Boolean prefersOperationsManager,
        Boolean wantsResponse, AppealRoute appealRoute, LocalDate assessmentDate, LocalDate organisationAppealBy) {

    /** Staff raising feedback on someone's behalf name the person, unless it is a learner they choose. */
    public interface OnBehalf {
    }

    /** What the API and the forms say of an email address that is not one. */
    public static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";

    /** Without the last day to appeal under the organisation's own rule: the 20 days of your policy apply. */
    public RaiseFeedback(FeedbackKind kind, Boolean formal, Instant receivedAt, Channel channel, UUID learnerId,
            String complainantName, String complainantEmail, ComplainantType complainantType, String summary,
            String details, Category category, UUID aboutAccountId, Boolean under18, Boolean prefersOperationsManager,
            Boolean wantsResponse, AppealRoute appealRoute, LocalDate assessmentDate) {
        this(kind, formal, receivedAt, channel, learnerId, complainantName, complainantEmail, complainantType,
                summary, details, category, aboutAccountId, under18, prefersOperationsManager, wantsResponse,
                appealRoute, assessmentDate, null);
    }
}
