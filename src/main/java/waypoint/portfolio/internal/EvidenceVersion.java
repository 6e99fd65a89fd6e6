package waypoint.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import waypoint.shared.time.GovUkDates;

/** One submission of an item: its text, link or file (the store id never leaves this module). */
public record EvidenceVersion(UUID evidenceId, int number, String body, String link, String fileId, String fileName,
        String mediaType, Long fileSize, String sha256, Scan scan, String note, UUID submittedBy,
        Instant submittedAt) {

    /** The day it was submitted, in Europe/London. */
    public java.time.LocalDate submittedOn() {
        return submittedAt.atZone(GovUkDates.LONDON).toLocalDate();
    }

    public boolean hasFile() {
        return fileId != null;
    }
}
