package waypoint.supportcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** The rows of a support case as the store reads them. */
public final class Records {

    private Records() {
    }

    public record CaseRow(UUID id, ApprenticeshipId apprenticeshipId, SupportStage stage, String kind, String reason,
            int period,
            LocalDate toldInPersonOn, LocalDate stageBeganOn, LocalDate stagePlanUntil, LocalDate appealDeadline, LocalDate appealReceivedOn,
            String appealBy, String appealText, String appealDecision, LocalDate appealDecidedOn, String otherPolicy,
            String employerChoice, String employerActions, Instant openedAt, Instant closedAt, Instant updatedAt,
            int version) {

        public String kindWords() {
            return switch (kind) {
                case "PASTORAL" -> "Pastoral";
                case "PLACEMENT" -> "Placement";
                default -> "Pastoral and placement";
            };
        }
    }

    public record EventRow(Instant at, String byName, SupportStage stage, String text, boolean staffOnly) {
    }

    public record MeetingRow(UUID id, SupportStage stage, int period, LocalDate heldOn, String attendees,
            boolean employerAttended, String progressUpdate, String successes, String blockers, String amendments,
            String supportRequests, String staffNotes, String recordedBy) {

        /** The same meeting without the notes marked staff-only, for the apprentice and the employer. */
        public MeetingRow withoutStaffNotes() {
            return new MeetingRow(id, stage, period, heldOn, attendees, employerAttended, progressUpdate, successes,
                    blockers, amendments, supportRequests, null, recordedBy);
        }
    }

    public record RecommendationRow(UUID id, SupportStage stage, int period, Outcome outcome, String reasons,
            String madeBy, LocalDate madeOn, Instant emailSentAt) {
    }

    public record EmailRow(UUID id, String kind, SupportStage stage, String recipients, String subject, String body,
            String sentBy, Instant sentAt) {

        /** The body's paragraphs, for a page. */
        public java.util.List<String> lines() {
            return java.util.Arrays.stream(body.split("\\R")).filter(l -> !l.isBlank()).toList();
        }
    }

    public record ActionRow(UUID id, String description, LocalDate dueOn, LocalDate doneOn) {
    }

    public record InterventionRow(UUID id, UUID caseId, String kind, String details, String owner,
            LocalDate startsOn, LocalDate endsOn, String outcome) {
    }

    public record InterventionKind(UUID id, String name, String description, boolean providerOwn) {
    }
}
