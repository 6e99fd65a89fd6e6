package waypoint.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.documents.internal.DocumentStore;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.FileStore;

/**
 * The provider's documents as everyone signed in reads them: every published version, apprentices and employers
 * included, at any time. Administrators publish new versions (written in Waypoint or uploaded); a published version
 * is never changed, so what someone signed stays readable exactly as they signed it.
 */
@Service
public class ProviderDocuments {

    /** A document and its current version, if any has been published. */
    public record Summary(DocumentKind kind, Optional<DocumentVersion> current) {
    }

    private final DocumentStore store;
    private final FileStore files;

    ProviderDocuments(DocumentStore store, FileStore files) {
        this.store = store;
        this.files = files;
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

    /** The bytes of an uploaded version; the caller closes the stream. */
    public InputStream open(DocumentVersion version) throws IOException {
        return files.open(version.file().orElseThrow(() -> new NotFoundException("That version has no file"))
                .fileId());
    }

}
