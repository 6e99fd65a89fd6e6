package waypoint.documents.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentVersion;
import waypoint.documents.ProviderDocuments;
import waypoint.documents.internal.DocumentPublishing;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;

/** The provider's documents in the API: read by everyone signed in, a new written version by administrators. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Provider documents", description = "The learner handbook, the complaints policy and the support policy, in versions")
class DocumentsApi {

    /** A version as the API shows it; {@code body} for a written version, {@code fileName} for an uploaded one. */
    record VersionView(UUID id, String document, String title, int number, Instant publishedAt,
            String publishedBy, String changeSummary, String body, String fileName, String sha256, String page) {

        static VersionView of(DocumentVersion v, boolean withBody) {
            return new VersionView(v.id(), v.kind().slug(), v.kind().title(), v.number(), v.publishedAt(),
                    v.publishedByName(), v.changeSummary(), withBody ? v.body().orElse(null) : null,
                    v.file().map(DocumentVersion.AttachedFile::name).orElse(null), v.sha256(), v.href());
        }
    }

    record DocumentView(String document, String title, String purpose, VersionView current,
            List<VersionView> versions) {
    }

    /** A new written version: what it changes, and its text. */
    record PublishDocumentVersion(String changeSummary, String body) {
    }

    private final ProviderDocuments documents;
    private final DocumentPublishing publishing;

    DocumentsApi(ProviderDocuments documents, DocumentPublishing publishing) {
        this.documents = documents;
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(summary = "The provider's documents, each with its current version (without its text)")
    List<DocumentView> list() {
        return documents.all().stream().map(s -> new DocumentView(s.kind().slug(), s.kind().title(),
                s.kind().purpose(), s.current().map(v -> VersionView.of(v, false)).orElse(null), null)).toList();
    }

    @GetMapping("/{document}")
    @Operation(summary = "One document: its current version with its text, and every version, newest first")
    DocumentView document(@PathVariable String document) {
        DocumentKind kind = kind(document);
        return new DocumentView(kind.slug(), kind.title(), kind.purpose(),
                documents.current(kind).map(v -> VersionView.of(v, true)).orElse(null),
                documents.history(kind).stream().map(v -> VersionView.of(v, false)).toList());
    }

    @GetMapping("/{document}/versions/{number}")
    @Operation(summary = "One version of a document, with its text")
    VersionView version(@PathVariable String document, @PathVariable int number) {
        return documents.version(kind(document), number).map(v -> VersionView.of(v, true))
                .orElseThrow(() -> new NotFoundException("No version " + number + " of that document"));
    }

    @PostMapping("/{document}/versions")
    @Operation(summary = "Publish a new written version (administrators)", description = "Versions are never "
            + "changed once published; a declaration names the version signed.")
    ResponseEntity<VersionView> publish(CurrentUser user, @PathVariable String document,
            @RequestBody PublishDocumentVersion body) {
        DocumentVersion published = publishing.publishText(user, kind(document), body.changeSummary(), body.body());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document + "/versions/" + published.number()))
                .body(VersionView.of(published, true));
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("No such document: the documents "
                + "are learner-handbook, complaints-policy and support-policy"));
    }
}
