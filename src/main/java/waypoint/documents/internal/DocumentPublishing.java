package waypoint.documents.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentVersion;
import waypoint.documents.ProviderDocuments;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.web.FieldValidationException;

/**
 * Publishing a new version of one of the provider's documents, written in Waypoint or uploaded: administrators only,
 * checked (what changed, the text or the file), numbered after the last, audited, and never changed afterwards.
 */
@Service
public class DocumentPublishing {

    static final int SUMMARY_LIMIT = 1000;
    static final int BODY_LIMIT = 200_000;
    static final long FILE_LIMIT = 20L * 1024 * 1024;
    static final Set<FileKind> FILE_KINDS = Set.of(FileKind.PDF, FileKind.OFFICE_DOCUMENT, FileKind.TEXT);
    private static final String RECORD_TYPE = "Provider document";

    private final DocumentStore store;
    private final ProviderDocuments documents;
    private final FileUploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentPublishing(DocumentStore store, ProviderDocuments documents, FileUploads uploads,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a version written in Waypoint. */
    @Transactional
    public DocumentVersion publishText(CurrentUser user, DocumentKind kind, String changeSummary, String body) {
        requirePublisher(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String summary = checkSummary(changeSummary, errors);
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            errors.put("body", "Enter the text of the " + kind.title().toLowerCase() + ", or upload it as a file");
        } else if (text.length() > BODY_LIMIT) {
            errors.put("body", "The text must be " + String.format("%,d", BODY_LIMIT) + " characters or fewer");
        } else if (text.indexOf('\0') >= 0) {
            errors.put("body", "The text contains a character that cannot be kept (a NUL): paste it again as plain text");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        String sha256 = DocumentHash.of(text);
        return publish(user, kind, summary, Optional.of(text), Optional.empty(), sha256);
    }

    /** Publishes an uploaded version (a PDF, an office document or a text file). */
    @Transactional
    public DocumentVersion publishFile(CurrentUser user, DocumentKind kind, String changeSummary, String fileName,
            InputStream content) {
        requirePublisher(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String summary = checkSummary(changeSummary, errors);
        if (content == null) {
            errors.put("file", "Choose the file of the " + kind.title().toLowerCase() + ", or write its text");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        UploadedFile file = uploads.accept(fileName, content, FILE_KINDS, FILE_LIMIT);
        return publish(user, kind, summary, Optional.empty(), Optional.of(new DocumentVersion.AttachedFile(
                file.fileId(), file.name(), file.mediaType(), file.size())), file.sha256());
    }

    private DocumentVersion publish(CurrentUser user, DocumentKind kind, String summary, Optional<String> body,
            Optional<DocumentVersion.AttachedFile> file, String sha256) {
        int number = store.nextNumber(kind);
        DocumentVersion version = new DocumentVersion(UUID.randomUUID(), kind, number, clock.instant(), user.id(),
                user.displayName(), summary, body, file, sha256);
        store.insert(version);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, version.id(), version.label() + ": " + summary));
        return version;
    }

    private static String checkSummary(String changeSummary, Map<String, String> errors) {
        String summary = changeSummary == null ? "" : changeSummary.strip();
        if (summary.isEmpty()) {
            errors.put("changeSummary", "Say what this version changes, for the people who read it");
        } else if (summary.length() > SUMMARY_LIMIT) {
            errors.put("changeSummary", "What changed must be " + SUMMARY_LIMIT + " characters or fewer");
        } else if (summary.indexOf('\0') >= 0) {
            errors.put("changeSummary", "What changed contains a character that cannot be kept (a NUL)");
        }
        return summary;
    }

    private void requirePublisher(CurrentUser user) {
        if (!documents.canPublish(user)) {
            throw new AccessDeniedException("Only an administrator publishes a new version of the provider's documents");
        }
    }
}
