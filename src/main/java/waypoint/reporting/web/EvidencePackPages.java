package waypoint.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.evidence.EvidencePacks;
import waypoint.reporting.internal.evidence.EvidencePolicy;

/**
 * The funding audit evidence pack of one apprenticeship (docs/domain/audit-and-inspection.md): the index as a page,
 * as a tagged PDF, and the whole pack as a ZIP streamed to the browser. Quality, heads of delivery, directors, the
 * data officer and administrators; every download is audited by the service.
 */
@Controller
class EvidencePackPages {

    private final EvidencePacks packs;

    EvidencePackPages(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/apprenticeships/{id}/evidence-pack")
    String page(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        model.addAttribute("pack", packs.assemble(user, id));
        return "reporting/evidence-pack";
    }

    @GetMapping("/apprenticeships/{id}/evidence-pack.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable ApprenticeshipId id) {
        byte[] pdf = packs.indexPdf(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("funding-audit-evidence-index.pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/apprenticeships/{id}/evidence-pack.zip")
    void zip(CurrentUser user, @PathVariable ApprenticeshipId id, HttpServletResponse response) throws IOException {
        stream(packs, user, id, response);
    }

    /** Checks first (a refusal is still an ordinary error page or problem), then streams the ZIP. */
    static void stream(EvidencePacks packs, CurrentUser user, ApprenticeshipId id, HttpServletResponse response)
            throws IOException {
        packs.requireReadable(user, id);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("funding-audit-evidence-" + id + ".zip").build().toString());
        try (OutputStream out = response.getOutputStream()) {
            packs.writeZip(user, id, out);
        }
    }

    /** The apprenticeship's page links to its evidence pack for the people who may open it. */
    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        ApprenticeshipSection evidencePackSection(EvidencePolicy policy) {
            return ApprenticeshipSection.page("Funding audit evidence", "evidence-pack", 90,
                    policy::canOpenPacks);
        }
    }
}
