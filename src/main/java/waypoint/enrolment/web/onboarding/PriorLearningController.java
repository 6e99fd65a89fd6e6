package waypoint.enrolment.web.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.identity.CurrentUser;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/** Recognition of prior learning: the learner's application and the staff decision, on one page. */
@Controller
class PriorLearningController {

    private final PriorLearningService priorLearning;
    private final Validator validator;

    PriorLearningController(PriorLearningService priorLearning, Validator validator) {
        this.priorLearning = priorLearning;
        this.validator = validator;
    }

    @GetMapping("/apprenticeships/{id}/onboarding/prior-learning")
    String page(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        PriorLearningService.PriorLearningPage page = priorLearning.page(user, id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("application")) {
            model.addAttribute("application", page.claim().map(PriorLearningService.Claim::application).orElse(""));
        }
        if (!model.containsAttribute("hoursRecognised")) {
            model.addAttribute("hoursRecognised", "");
            model.addAttribute("decisionReason", "");
        }
        return "enrolment/onboarding/prior-learning";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/prior-learning/application")
    String apply(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String application,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence, Model model,
            RedirectAttributes redirect) {
        try (InputStream content = evidence == null || evidence.isEmpty() ? null : evidence.getInputStream()) {
            priorLearning.apply(user, id, application, evidence == null ? null : evidence.getOriginalFilename(),
                    content);
        } catch (UploadRejectedException rejected) {
            return again(user, id, model, new FieldValidationException("evidence", rejected.getMessage()),
                    application);
        } catch (FieldValidationException | OnboardingStepRefusedException problem) {
            return again(user, id, model, problem, application);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Your application is sent: your tutor will decide on it");
        return "redirect:/apprenticeships/" + id + "/onboarding/prior-learning";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/prior-learning/decision")
    String decide(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String hoursRecognised,
            @RequestParam(required = false) String decisionReason, Model model, RedirectAttributes redirect) {
        DecisionForm form = new DecisionForm(hoursRecognised, decisionReason);
        try {
            priorLearning.requireDecider(user, id);
            FormChecks.require(validator, form);
            priorLearning.decide(user, id, form.hours(), form.decisionReason());
        } catch (FieldValidationException | OnboardingStepRefusedException problem) {
            PageErrors.add(model, problem);
            model.addAttribute("hoursRecognised", hoursRecognised);
            model.addAttribute("decisionReason", decisionReason);
            return page(user, id, model);
        }
        redirect.addFlashAttribute("saved", "Decision recorded");
        return "redirect:/apprenticeships/" + id + "/onboarding/prior-learning";
    }

    private String again(CurrentUser user, ApprenticeshipId id, Model model, RuntimeException problem,
            String application) {
        PageErrors.add(model, problem);
        model.addAttribute("application", application);
        return page(user, id, model);
    }
}
