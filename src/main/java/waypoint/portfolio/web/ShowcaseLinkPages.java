package waypoint.portfolio.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import waypoint.portfolio.internal.EvidenceDownload;
import waypoint.portfolio.internal.Showcase;

/**
 * The end-point assessor's read-only view through a time-limited link: no account; the random token is the key, and the
 * view shows only the evidence the learner chose. An expired link is a 404.
 */
@Controller
class ShowcaseLinkPages {

    private final Showcase showcase;

    ShowcaseLinkPages(Showcase showcase) {
        this.showcase = showcase;
    }

    @GetMapping("/showcase/{token}")
    String view(@PathVariable String token, Model model) {
        Showcase.AssessorView view = showcase.byToken(token);
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        java.util.Map<UUID, Object> latest = new java.util.HashMap<>();
        view.evidence().forEach(e -> showcase.latest(e).ifPresent(v -> latest.put(e.id(), v)));
        model.addAttribute("latest", latest);
        return "portfolio/assessor-view";
    }

    @GetMapping("/showcase/{token}/evidence/{evidenceId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable String token, @PathVariable UUID evidenceId) {
        EvidenceDownload d = showcase.download(token, evidenceId);
        return Downloads.attachment(d.version().fileName(), d.version().fileSize(), d.content());
    }
}
