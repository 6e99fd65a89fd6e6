package waypoint.documents;

import org.springframework.stereotype.Service;

import waypoint.documents.internal.DocumentPublishing;
import waypoint.identity.CurrentUser;

/** Documents published by the system on a person's behalf rather than typed in a page: the demo provider's. */
@Service
public class DocumentsImport {

    private final DocumentPublishing publishing;

    DocumentsImport(DocumentPublishing publishing) {
        this.publishing = publishing;
    }

    /** Publishes a written version as the administrator given, with the same checks as the pages. */
    public DocumentVersion publishText(CurrentUser administrator, DocumentKind kind, String changeSummary, String body) {
        return publishing.publishText(administrator, kind, changeSummary, body);
    }
}
