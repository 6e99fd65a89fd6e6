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
 * leaves out who they are; staff raising it on someone's behalf give the channel and the complainant.
 */
public record RaiseFeedback(FeedbackKind kind, Boolean formal, Instant receivedAt, Channel channel, UUID learnerId,
        String complainantName, String complainantEmail, ComplainantType complainantType, String summary,
        String details, Category category, UUID aboutAccountId, Boolean under18, Boolean prefersOperationsManager,
        Boolean wantsResponse, AppealRoute appealRoute, LocalDate assessmentDate) {
}
