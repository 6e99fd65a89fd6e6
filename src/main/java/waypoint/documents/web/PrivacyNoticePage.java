package waypoint.documents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import waypoint.documents.DocumentKind;
import waypoint.documents.ProviderDocuments;

/**
 * The provider's current privacy notice for anyone, signed in or not: it is linked from the sign-in page and every
 * page's footer (docs/domain/data-protection.md, "Transparency"). Earlier versions are on the document's own page.
 */
@Controller
class PrivacyNoticePage {

    private final ProviderDocuments documents;

    PrivacyNoticePage(ProviderDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/privacy-notice")
    String show(Model model) {
        model.addAttribute("kind", DocumentKind.PRIVACY_NOTICE);
        documents.current(DocumentKind.PRIVACY_NOTICE).ifPresent(version -> {
            model.addAttribute("version", version);
            model.addAttribute("text", version.body().map(DocumentText::of).orElse(null));
        });
        return "documents/privacy-notice";
    }
}
