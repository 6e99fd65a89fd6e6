package waypoint.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentVersion;
import waypoint.documents.ProviderDocuments;
import waypoint.documents.internal.DocumentPublishing;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's documents in the pages: everyone signed in reads them and their earlier versions; administrators
 * publish a new version, written here or uploaded.
 */
@Controller
@RequestMapping("/documents")
class DocumentsController {

    private final ProviderDocuments documents;
    private final DocumentPublishing publishing;

    DocumentsController(ProviderDocuments documents, DocumentPublishing publishing) {
        this.documents = documents;
        this.publishing = publishing;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("documents", documents.all());
        model.addAttribute("canPublish", documents.canPublish(user));
        return "documents/list";
    }

    @GetMapping("/{slug}")
    String current(CurrentUser user, @PathVariable String slug, @RequestParam(required = false) String published,
            Model model) {
        DocumentKind kind = kind(slug);
        model.addAttribute("kind", kind);
        model.addAttribute("history", documents.history(kind));
        model.addAttribute("canPublish", documents.canPublish(user));
        model.addAttribute("saved", published != null ? "Version published: everyone now reads it" : null);
        documents.current(kind).ifPresent(v -> show(model, v));
        return "documents/show";
    }

    @GetMapping("/{slug}/versions/{number}")
    String version(CurrentUser user, @PathVariable String slug, @PathVariable int number, Model model) {
        DocumentKind kind = kind(slug);
        DocumentVersion version = documents.version(kind, number)
                .orElseThrow(() -> new NotFoundException("No such version"));
        model.addAttribute("kind", kind);
        model.addAttribute("history", documents.history(kind));
        model.addAttribute("canPublish", documents.canPublish(user));
        show(model, version);
        return "documents/show";
    }

    /** An uploaded version's file, as an attachment under its cleaned name. */
    @GetMapping("/{slug}/versions/{number}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable String slug, @PathVariable int number) throws IOException {
        DocumentVersion version = documents.version(kind(slug), number)
                .orElseThrow(() -> new NotFoundException("No such version"));
        DocumentVersion.AttachedFile file = version.file().orElseThrow(() -> new NotFoundException("No file"));
        return ResponseEntity.ok().contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(documents.open(version)));
    }

    @GetMapping("/{slug}/new-version")
    String newVersion(CurrentUser user, @PathVariable String slug, Model model) {
        DocumentKind kind = kind(slug);
        requirePublisher(user);
        model.addAttribute("kind", kind);
        model.addAttribute("errors", Map.of());
        model.addAttribute("pageTitle", "Publish a new version of " + kind.title().toLowerCase());
        model.addAttribute("changeSummary", "");
        model.addAttribute("body", documents.current(kind).flatMap(DocumentVersion::body).orElse(""));
        return "documents/new-version";
    }

    @PostMapping("/{slug}/new-version")
    String publish(CurrentUser user, @PathVariable String slug, @RequestParam(required = false) String changeSummary,
            @RequestParam(required = false) String body, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        DocumentKind kind = kind(slug);
        requirePublisher(user);
        try {
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    publishing.publishFile(user, kind, changeSummary, file.getOriginalFilename(), in);
                }
            } else {
                publishing.publishText(user, kind, changeSummary, body);
            }
            return "redirect:" + kind.href() + "?published";
        } catch (FieldValidationException invalid) {
            return again(kind, invalid.errors(), changeSummary, body, model);
        } catch (UploadRejectedException rejected) {
            return again(kind, Map.of("file", rejected.getMessage()), changeSummary, body, model);
        }
    }

    /** The form again, with what was typed and what to put right. */
    private static String again(DocumentKind kind, Map<String, String> errors, String changeSummary, String body,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("pageTitle", "Error: Publish a new version of " + kind.title().toLowerCase());
        model.addAttribute("changeSummary", changeSummary);
        model.addAttribute("body", body);
        return "documents/new-version";
    }

    private void show(Model model, DocumentVersion version) {
        model.addAttribute("version", version);
        model.addAttribute("text", version.body().map(DocumentText::of).orElse(null));
        model.addAttribute("isCurrent", documents.current(version.kind()).map(c -> c.number() == version.number())
                .orElse(false));
    }

    private void requirePublisher(CurrentUser user) {
        if (!documents.canPublish(user)) {
            throw new AccessDeniedException("Only an administrator publishes the provider's documents");
        }
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("No such document"));
    }
}
