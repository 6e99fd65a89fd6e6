package waypoint.enrolment.web.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.EditConflictException;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.PlanDraft;
import waypoint.enrolment.internal.onboarding.PlanVersion;
import waypoint.enrolment.internal.onboarding.SignatureService;
import waypoint.enrolment.internal.onboarding.StaleVersionException;
import waypoint.enrolment.internal.onboarding.TrainingPlanPdf;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;

/**
 * The training plan: its latest version with the signatures, earlier versions with what changed, the edit form
 * (every save a new version), signing, and the PDF.
 */
@Controller
class TrainingPlanController {

    /** Blank milestone rows after the filled ones, so a milestone can be added without JavaScript. */
    private static final int BLANK_MILESTONES = 2;

    private final TrainingPlanService plans;
    private final SignatureService signatures;
    private final TrainingPlanPdf pdf;

    TrainingPlanController(TrainingPlanService plans, SignatureService signatures, TrainingPlanPdf pdf) {
        this.plans = plans;
        this.signatures = signatures;
        this.pdf = pdf;
    }

    @GetMapping("/apprenticeships/{id}/training-plan")
    String plan(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        model.addAttribute("plan", plans.page(user, id));
        model.addAttribute("party", signatures.partyOf(user, id).orElse(null));
        return "enrolment/onboarding/training-plan";
    }

    @GetMapping("/apprenticeships/{id}/training-plan/edit")
    String edit(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        return editPage(user, id, plans.draft(user, id), model);
    }

    @PostMapping("/apprenticeships/{id}/training-plan")
    String save(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        PlanDraft draft = draft(params);
        try {
            PlanVersion saved = plans.save(user, id, draft);
            redirect.addFlashAttribute("saved", "Version " + saved.number() + " of the training plan saved");
        } catch (EditConflictException conflict) {
            // Their answers stay; saving again now builds on the version they were told about.
            PageErrors.add(model, conflict);
            int latest = plans.page(user, id).latest().map(PlanVersion::number).orElse(0);
            return editPage(user, id, draft.with(latest, draft.milestones()), model);
        } catch (FieldValidationException | OnboardingStepRefusedException problem) {
            PageErrors.add(model, problem);
            return editPage(user, id, draft, model);
        }
        return "redirect:/apprenticeships/" + id + "/training-plan";
    }

    @GetMapping("/apprenticeships/{id}/training-plan/versions/{number}")
    String version(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable int number, Model model) {
        PlanVersion version = plans.version(user, id, number).orElseThrow(() -> new NotFoundException("Version"));
        model.addAttribute("plan", plans.page(user, id));
        model.addAttribute("version", version);
        model.addAttribute("versionSignatures", plans.signaturesOn(user, id, version));
        return "enrolment/onboarding/training-plan-version";
    }

    @GetMapping("/apprenticeships/{id}/training-plan/versions/{number}/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable int number) {
        byte[] document = pdf.render(user, id, number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("training-plan-version-" + number + ".pdf").build().toString())
                .body(document);
    }

    @GetMapping("/apprenticeships/{id}/training-plan/sign")
    String signPage(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        TrainingPlanService.PlanPage plan = plans.page(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("party", signatures.partyOf(user, id).orElse(null));
        if (!model.containsAttribute("fullName")) {
            model.addAttribute("fullName", "");
        }
        return "enrolment/onboarding/sign";
    }

    @PostMapping("/apprenticeships/{id}/training-plan/sign")
    String sign(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") String version,
            @RequestParam(required = false) String fullName, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        int shown;
        try {
            shown = Integer.parseInt(version.strip());
        } catch (NumberFormatException wrong) {
            shown = 0;
        }
        try {
            var signature = signatures.signPlan(user, id, shown, fullName, ClientAddress.of(request));
            redirect.addFlashAttribute("saved", "You signed version " + signature.documentVersion()
                    + " of the training plan as the " + signature.party().words().toLowerCase());
        } catch (FieldValidationException | StaleVersionException | OnboardingStepRefusedException problem) {
            PageErrors.add(model, problem);
            model.addAttribute("fullName", fullName);
            return signPage(user, id, model);
        }
        return "redirect:/apprenticeships/" + id + "/training-plan";
    }

    private String editPage(CurrentUser user, ApprenticeshipId id, PlanDraft draft, Model model) {
        PageErrors.none(model);
        List<PlanDraft.MilestoneDraft> rows = new ArrayList<>(draft.milestones());
        for (int i = 0; i < BLANK_MILESTONES; i++) {
            rows.add(new PlanDraft.MilestoneDraft("", "", ""));
        }
        model.addAttribute("plan", plans.page(user, id));
        model.addAttribute("draft", draft);
        model.addAttribute("milestoneRows", rows);
        return "enrolment/onboarding/training-plan-edit";
    }

    /** The form's fields; milestone rows are {@code milestones[i].title} and so on, in row order. */
    static PlanDraft draft(MultiValueMap<String, String> params) {
        Map<Integer, String[]> rows = new HashMap<>();
        params.forEach((name, values) -> {
            var match = java.util.regex.Pattern.compile("milestones\\[(\\d{1,2})]\\.(title|targetDate|ksbs)")
                    .matcher(name);
            if (match.matches()) {
                String[] row = rows.computeIfAbsent(Integer.parseInt(match.group(1)), k -> new String[3]);
                int at = switch (match.group(2)) {
                    case "title" -> 0;
                    case "targetDate" -> 1;
                    default -> 2;
                };
                row[at] = values.isEmpty() ? "" : values.get(0);
            }
        });
        List<PlanDraft.MilestoneDraft> milestones = new ArrayList<>();
        int last = rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            String[] row = rows.getOrDefault(i, new String[3]);
            milestones.add(new PlanDraft.MilestoneDraft(row[0], row[1], row[2]));
        }
        int basedOn;
        try {
            basedOn = Integer.parseInt(String.valueOf(params.getFirst("basedOnVersion")).strip());
        } catch (NumberFormatException wrong) {
            basedOn = -1;
        }
        return new PlanDraft(basedOn, params.getFirst("plannedOtjHours"), params.getFirst("teachingSessions"),
                params.getFirst("studyDays"), milestones, params.getFirst("rolesAndResponsibilities"),
                params.getFirst("supportNeeds"), params.getFirst("englishAndMathsPlan"),
                params.getFirst("functionalSkillsEnglish"), params.getFirst("functionalSkillsMaths"));
    }
}
