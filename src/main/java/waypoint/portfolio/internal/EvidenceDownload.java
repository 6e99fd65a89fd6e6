package waypoint.portfolio.internal;

import java.io.InputStream;

/** A version's file, for a download authorised by whoever answers it: never a quarantined one. */
public record EvidenceDownload(EvidenceVersion version, InputStream content) {
}
