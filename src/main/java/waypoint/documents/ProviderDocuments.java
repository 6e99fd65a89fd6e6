package waypoint.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.documents.internal.DocumentStore;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileStore;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's documents: everyone signed in reads every published version (apprentices and employers included,
 * at any time); administrators publish a new version, written here or uploaded. A published version is never
 * changed, so what someone signed stays readable exactly as they signed it.
 */
@Service
public class ProviderDocuments {

    /** A document and its current version, if any has been published. */
    public record Summary(DocumentKind kind, Optional<DocumentVersion> current) {
    }

    static final int SUMMARY_LIMIT = 1000;
    static final int BODY_LIMIT = 200_000;
    static final long FILE_LIMIT = 20L * 1024 * 1024;
    static final Set<FileKind> FILE_KINDS = Set.of(FileKind.PDF, FileKind.OFFICE_DOCUMENT, FileKind.TEXT);
    private static final String RECORD_TYPE = "Provider document";

    private final DocumentStore store;
    private final FileUploads uploads;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderDocuments(DocumentStore store, FileUploads uploads, FileStore files, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.uploads = uploads;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Summary> all() {
        Map<DocumentKind, DocumentVersion> current = store.currentOfEach();
        List<Summary> out = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            out.add(new Summary(kind, Optional.ofNullable(current.get(kind))));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<DocumentVersion> current(DocumentKind kind) {
        return store.current(kind);
    }

    @Transactional(readOnly = true)
    public Optional<DocumentVersion> version(DocumentKind kind, int number) {
        return store.version(kind, number);
    }

    @Transactional(readOnly = true)
    public Optional<DocumentVersion> byId(UUID id) {
        return store.byId(id);
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<DocumentVersion> history(DocumentKind kind) {
        return store.history(kind);
    }

    public boolean canPublish(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
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

    /** The bytes of an uploaded version; the caller closes the stream. */
    public InputStream open(DocumentVersion version) throws IOException {
        return files.open(version.file().orElseThrow(() -> new NotFoundException("That version has no file"))
                .fileId());
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
        if (!canPublish(user)) {
            throw new AccessDeniedException("Only an administrator publishes a new version of the provider's documents");
        }
    }
}
