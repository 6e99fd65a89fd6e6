package waypoint.shared.files;

/**
 * A file that passed the checks and is kept: its store id, the cleaned name to offer on download, the media type
 * found in its bytes, its size and SHA-256 (hex), so a module can record exactly which file it holds.
 */
public record UploadedFile(String fileId, String name, String mediaType, long size, String sha256) {
}
