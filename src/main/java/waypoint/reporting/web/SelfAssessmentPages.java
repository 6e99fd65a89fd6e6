package waypoint.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.evidence.EvidencePolicy;
import waypoint.reporting.internal.inspection.InspectionArea;
import waypoint.reporting.internal.inspection.SelfAssessment;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.NavigationItem;

/**
 * The inspection self-assessment (docs/domain/audit-and-inspection.md): the page organised by Ofsted's areas with
 * Waypoint's figures, the leaders' judgement form under each area, and the whole as a tagged PDF.
 */
@Controller
class SelfAssessmentPages {

    private final SelfAssessment assessment;
    private final EvidencePolicy policy;

    SelfAssessmentPages(SelfAssessment assessment, EvidencePolicy policy) {
        this.assessment = assessment;
        this.policy = policy;
    }

    @GetMapping("/self-assessment")
    String page(CurrentUser user, Model model) {
        return page(user, null, null, null, model);
    }

    private String page(CurrentUser user, InspectionArea failedArea, String typed, String error, Model model) {
        model.addAttribute("view", assessment.view(user));
        model.addAttribute("mayJudge", policy.canJudge(user));
        model.addAttribute("failedArea", failedArea);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("most", SelfAssessment.MOST_CHARACTERS);
        return "reporting/self-assessment";
    }

    @PostMapping("/self-assessment/{area}")
    String judge(CurrentUser user, @PathVariable String area, @RequestParam(defaultValue = "") String judgement,
            @RequestParam(defaultValue = "0") int basedOn, Model model) {
        InspectionArea chosen = InspectionArea.ofSlug(area).orElseThrow(() -> new NotFoundException("Area"));
        try {
            assessment.judge(user, chosen, judgement, basedOn);
            return "redirect:/self-assessment?saved=" + chosen.slug() + "#" + chosen.slug();
        } catch (FieldValidationException invalid) {
            return page(user, chosen, judgement, invalid.errors().values().iterator().next(), model);
        }
    }

    @GetMapping("/self-assessment.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("self-assessment.pdf").build()
                        .toString())
                .body(assessment.pdf(user));
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem selfAssessmentNavigation() {
            return NavigationItem.report("Self-assessment", "/self-assessment", 88, Set.of(Role.QUALITY.name(),
                    Role.HEAD_OF_DELIVERY.name(), Role.DIRECTOR.name(), Role.DATA_OFFICER.name(),
                    Role.ADMINISTRATOR.name()),
                    "The year's evidence for the self-assessment, organised by the areas of Ofsted's inspection toolkit.");
        }
    }
}
