package waypoint.reporting.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.evidence.EvidencePacks;
import waypoint.reporting.internal.evidence.EvidenceSection;

/**
 * The funding audit evidence pack over HTTP (docs/domain/audit-and-inspection.md): the ZIP, and its index as JSON.
 * Refusals answer 403 problem details before anything is streamed.
 */
@RestController
@RequestMapping("/api/v1/apprenticeships/{id}/evidence-pack")
class EvidencePackApi {

    private final EvidencePacks packs;

    EvidencePackApi(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping
    void zip(CurrentUser user, @PathVariable ApprenticeshipId id, HttpServletResponse response) throws IOException {
        EvidencePackPages.stream(packs, user, id, response);
    }

    record Risk(String risk, String verdict, String words) {
    }

    record Index(ApprenticeshipId apprenticeshipId, String apprentice, String standard, String status, List<Risk> risks,
            List<EvidenceSection> sections, long missing, String zip, String pdf) {
    }

    @GetMapping("/index")
    Index index(CurrentUser user, @PathVariable ApprenticeshipId id) {
        EvidencePacks.Pack pack = packs.assemble(user, id);
        return new Index(id, pack.apprentice().name(), pack.apprentice().standard(),
                pack.apprentice().status().words(),
                pack.risks().stream().map(r -> new Risk(r.risk().name(), r.verdict().name(), r.words())).toList(),
                pack.sections(), pack.missing(), "/api/v1/apprenticeships/" + id + "/evidence-pack",
                "/apprenticeships/" + id + "/evidence-pack.pdf");
    }

}
