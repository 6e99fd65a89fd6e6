package waypoint.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;

/**
 * Feedback as someone raises it (a page form or the API body). A learner or employer contact raising their own
 * leaves out who they are; staff raising it on someone's behalf give the channel and the complainant. An assessment
 * appeal gives what it is about and the date of the assessment, and, when the awarding or end-point assessment
 * organisation's own appeals process sets it, the last day to appeal ({@code organisationAppealBy}).
 */
public record RaiseFeedback(FeedbackKind kind, Boolean formal, Instant receivedAt, Channel channel, UUID learnerId,
        String complainantName, String complainantEmail, ComplainantType complainantType, String summary,
        String details, Category category, UUID aboutAccountId, Boolean under18, Boolean prefersOperationsManager,
        Boolean wantsResponse, AppealRoute appealRoute, LocalDate assessmentDate, LocalDate organisationAppealBy) {

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
