package waypoint.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.FeedbackStatus;
import waypoint.feedback.Outcome;

/** A case as its page and the API show it, with the deadline now, the days left and the steps the reader may take. */
public record FeedbackView(UUID id, String reference, FeedbackKind kind, boolean formal, Integer stage,
        FeedbackStatus status, String stateLabel, Channel channel, String complainantName, String complainantEmail,
        ComplainantType complainantType, UUID learnerId, String aboutName, String summary, String details,
        Category category, boolean under18, Boolean guardianTold, String representativeName,
        String representativeRelationship, boolean hasWrittenAuthority, UUID ownerAccountId, String ownerName,
        Instant receivedAt, LocalDate acknowledgeBy, Instant acknowledgedAt, LocalDate respondBy,
        Instant respondedAt, String response, LocalDate escalateBy, String extensionReason, AppealRoute appealRoute,
        LocalDate assessmentDate, LocalDate appealBy, boolean appealOutsideWindow, boolean wantsResponse,
        Instant sharedWithPraisedAt, Outcome outcome, Instant closedAt, String closedReason, Deadline deadline,
        List<String> allowedActions, boolean canHandle, int version, EndPointAssessment endPointAssessment) {

    /** What an appeal against an end-point assessment result is about; null on every other case. */
    public record EndPointAssessment(ApprenticeshipId apprenticeshipId, String epaoName, String method, String grade) {
    }

    /** The deadline the provider works to now, the working days left (negative once past) and its flag. */
    public record Deadline(String what, LocalDate due, int workingDaysLeft, Deadlines.Flag flag) {

        public String words() {
            if (workingDaysLeft < 0) {
                int late = -workingDaysLeft;
                return late + (late == 1 ? " working day" : " working days") + " overdue";
            }
            return workingDaysLeft == 0 ? "Due today"
                    : workingDaysLeft + (workingDaysLeft == 1 ? " working day" : " working days") + " left";
        }
    }

    public String kindLabel() {
        return kind == FeedbackKind.COMPLAINT ? (formal ? "Formal complaint" : "Informal complaint") : kind.label();
    }

    public boolean allows(String action) {
        return allowedActions.contains(action);
    }
}
