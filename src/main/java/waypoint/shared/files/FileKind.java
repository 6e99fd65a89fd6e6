package waypoint.shared.files;

import java.util.Set;

/**
 * The kinds of file people may upload, each the media types that content detection may find for it. A module
 * chooses the kinds it accepts: a certificate may be a PDF or an image, evidence may also be audio or video.
 */
public enum FileKind {
    PDF("PDF", Set.of("application/pdf")),
    IMAGE("image (JPEG, PNG, GIF, WebP, HEIC)", Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "image/heif")),
    OFFICE_DOCUMENT("Word, Excel, PowerPoint or OpenDocument file", Set.of(
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/rtf")),
    TEXT("text or CSV file", Set.of("text/plain", "text/csv")),
    AUDIO("audio (MP3, M4A, WAV, OGG)", Set.of("audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/wav",
            "audio/vnd.wave", "audio/x-wav", "audio/ogg", "audio/webm")),
    VIDEO("video (MP4, MOV, WebM)", Set.of("video/mp4", "video/quicktime", "video/webm", "video/x-m4v"));

    private final String words;
    private final Set<String> mediaTypes;

    FileKind(String words, Set<String> mediaTypes) {
        this.words = words;
        this.mediaTypes = mediaTypes;
    }

    public String words() {
        return words;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    /** Documents and images: what a certificate, a letter of authority or a contract may be. */
    public static final Set<FileKind> DOCUMENTS = Set.of(PDF, IMAGE, OFFICE_DOCUMENT);
}
