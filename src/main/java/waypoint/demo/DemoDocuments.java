package waypoint.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentsImport;
import waypoint.documents.ProviderDocuments;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * The demo provider's own documents, published by its administrator as version 1: its learner handbook, its
 * complaints and feedback policy, and its support and escalation policy. A real provider writes or uploads its own.
 */
@Component
class DemoDocuments {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final ProviderDocuments documents;
    private final DocumentsImport publishing;
    private final UserAccounts accounts;

    DemoDocuments(ProviderDocuments documents, DocumentsImport publishing, UserAccounts accounts) {
        this.documents = documents;
        this.publishing = publishing;
        this.accounts = accounts;
    }

    void load() {
        var summary = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        CurrentUser admin = new CurrentUser(summary.id(), summary.email(), summary.displayName(), summary.roles());
        int published = 0;
        for (DocumentKind kind : DocumentKind.values()) {
            if (documents.current(kind).isEmpty()) {
                publishing.publishText(admin, kind, "First version, as agreed by the provider's leadership team.",
                        text("demo/documents/" + kind.slug() + ".txt"));
                published++;
            }
        }
        if (published > 0) {
            log.info("Demo data: published {} of the provider's documents", published);
        }
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
