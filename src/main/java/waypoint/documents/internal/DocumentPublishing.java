package waypoint.documents.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import waypoint.shared.web.FormChecks;

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
    /** Text without a NUL character, which PostgreSQL cannot keep. */
    static final String NO_NUL = "[^\\x00]*";
    private static final String RECORD_TYPE = "Provider document";

    private final DocumentStore store;
    private final ProviderDocuments documents;
    private final FileUploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    DocumentPublishing(DocumentStore store, ProviderDocuments documents, FileUploads uploads,
            ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.store = store;
        this.documents = documents;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * A new version as it will be kept: what it changes and, for a written version ({@link Written}), its text, each
     * stripped, with Windows line ends read as plain ones, and with what each must hold.
     */
    record NewVersion(
            @NotBlank(message = "Say what this version changes, for the people who read it")
            @Size(max = SUMMARY_LIMIT, message = "What changed must be {max} characters or fewer")
            @Pattern(regexp = NO_NUL, message = "What changed contains a character that cannot be kept (a NUL)")
            String changeSummary,
            @NotBlank(groups = Written.class, message = "Enter the text of the document, or upload it as a file")
            @Size(groups = Written.class, max = BODY_LIMIT, message = "The text must be 200,000 characters or fewer")
            @Pattern(groups = Written.class, regexp = NO_NUL, message = "The text contains a character that cannot"
                    + " be kept (a NUL): paste it again as plain text") String body) {

        /** The questions of a version written in Waypoint. */
        interface Written {
        }

        static NewVersion of(String changeSummary, String body) {
            return new NewVersion(changeSummary == null ? "" : changeSummary.strip(),
                    body == null ? "" : body.replace("\r\n", "\n").strip());
        }
    }

    /** Publishes a version written in Waypoint. */
    @Transactional
    public DocumentVersion publishText(CurrentUser user, DocumentKind kind, String changeSummary, String body) {
        requirePublisher(user);
        NewVersion version = NewVersion.of(changeSummary, body);
        FormChecks.require(validator, version, NewVersion.Written.class);
        return publish(user, kind, version.changeSummary(), Optional.of(version.body()), Optional.empty(),
                DocumentHash.of(version.body()));
    }

    /** Publishes an uploaded version (a PDF, an office document or a text file). */
    @Transactional
    public DocumentVersion publishFile(CurrentUser user, DocumentKind kind, String changeSummary, String fileName,
            InputStream content) {
        requirePublisher(user);
        NewVersion version = NewVersion.of(changeSummary, null);
        FormChecks.require(validator, version);
        if (content == null) {
            throw new FieldValidationException("file", "Choose the file of the " + kind.title().toLowerCase()
                    + ", or write its text");
        }
        UploadedFile file = uploads.accept(fileName, content, FILE_KINDS, FILE_LIMIT);
        return publish(user, kind, version.changeSummary(), Optional.empty(), Optional.of(
                new DocumentVersion.AttachedFile(file.fileId(), file.name(), file.mediaType(), file.size())),
                file.sha256());
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

    private void requirePublisher(CurrentUser user) {
        if (!documents.canPublish(user)) {
            throw new AccessDeniedException("Only an administrator publishes a new version of the provider's documents");
        }
    }
}
