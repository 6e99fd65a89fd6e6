package waypoint.enrolment.web.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;

/** The skills scan: the learner and the employer rate every KSB on one page each; everyone involved sees both. */
@Controller
class SkillsScanController {

    private final SkillsScanService scans;

    SkillsScanController(SkillsScanService scans) {
        this.scans = scans;
    }

    @GetMapping("/apprenticeships/{id}/onboarding/skills-scan")
    String page(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        model.addAttribute("scan", scans.scan(user, id));
        model.addAttribute("scale", SkillsScanService.SCALE);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "enrolment/onboarding/skills-scan";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/skills-scan")
    String rate(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> ratings = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("rating-")) {
                ratings.put(name.substring("rating-".length()), value);
            }
        });
        try {
            scans.rate(user, id, ratings);
        } catch (FieldValidationException invalid) {
            PageErrors.add(model, invalid, code -> "rating-" + code);
            model.addAttribute("typed", ratings);
            return page(user, id, model);
        }
        redirect.addFlashAttribute("saved", "Your ratings are saved");
        return "redirect:/apprenticeships/" + id + "/onboarding/skills-scan";
    }
}
