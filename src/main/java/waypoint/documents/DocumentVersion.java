package waypoint.documents;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One published version of a provider document: written in Waypoint (its text) or uploaded (its file), with who
 * published it, when, what changed, and the SHA-256 of exactly what was published, so a declaration can name the
 * version signed and anyone can check it has not changed since.
 */
public record DocumentVersion(UUID id, DocumentKind kind, int number, Instant publishedAt, UUID publishedBy,
        String publishedByName, String changeSummary, Optional<String> body, Optional<AttachedFile> file,
        String sha256) {

    /** An uploaded version's file: its name to offer on download, media type and size. */
    public record AttachedFile(String fileId, String name, String mediaType, long size) {
    }

    /** The page that shows this version. */
    public String href() {
        return kind.href() + "/versions/" + number;
    }

    /** How people refer to it: “Complaints and feedback policy, version 2”. */
    public String label() {
        return kind.title() + ", version " + number;
    }
}
