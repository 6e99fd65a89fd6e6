package waypoint.delivery.internal;

import java.time.Instant;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** Threads and messages as stored and listed. */
public final class MessageRows {

    private MessageRows() {
    }

    public record ThreadRow(UUID id, ApprenticeshipId apprenticeshipId, String subject, boolean employerIncluded, UUID startedBy,
            Instant createdAt, Instant lastMessageAt, String learnerName, int unread) {
    }

    public record MessageRow(UUID id, UUID threadId, UUID authorAccountId, String authorName, String body,
            String attachmentFileId, String attachmentName, String attachmentType, Long attachmentSize,
            Instant createdAt) {

        public boolean hasAttachment() {
            return attachmentFileId != null;
        }
    }

    /** A message's attachment, listed with the subject of its thread. */
    public record AttachmentRow(MessageRow message, String subject) {
    }
}
