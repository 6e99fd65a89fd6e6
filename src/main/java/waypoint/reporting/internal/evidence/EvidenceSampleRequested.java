package waypoint.reporting.internal.evidence;

import java.util.UUID;

/** A sample was asked for: its packs are written in the background (the event publication log keeps it until done). */
public record EvidenceSampleRequested(UUID sampleId) {
}
