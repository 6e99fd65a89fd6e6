package waypoint.enrolment.web.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.FormTasks;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.OnboardingService;
import waypoint.enrolment.internal.onboarding.OnboardingTask;
import waypoint.enrolment.internal.onboarding.Subject;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.FileStore;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * The initial assessment page: the assessment's own answers (a form task), English and maths results entered one by
 * one or imported from a diagnostic tool's CSV, exemptions by certificate, and whether functional skills are required.
 */
@Controller
class InitialAssessmentController {

    private static final java.util.Set<String> ENGLISH_AND_MATHS_QUESTIONS = java.util.Set.of("englishGcse",
            "mathsGcse", "employerDecision");

    private final InitialAssessmentService assessments;
    private final OnboardingService onboarding;
    private final FileStore files;
    private final waypoint.enrolment.internal.onboarding.FormTaskService forms;
    private final Validator validator;

    InitialAssessmentController(InitialAssessmentService assessments, OnboardingService onboarding, FileStore files,
            waypoint.enrolment.internal.onboarding.FormTaskService forms, Validator validator) {
        this.assessments = assessments;
        this.validator = validator;
        this.forms = forms;
        this.onboarding = onboarding;
        this.files = files;
    }

    @GetMapping("/apprenticeships/{id}/onboarding/initial-assessment")
    String page(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        InitialAssessmentService.Assessment assessment = assessments.assessment(user, id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("list", onboarding.taskList(user, id));
        model.addAttribute("task", OnboardingTask.INITIAL_ASSESSMENT);
        // an apprenticeship unit has no English and maths, so the page does not ask about it
        // (docs/domain/programme-types.md)
        boolean englishAndMaths = assessment.functionalSkills().decision()
                .map(waypoint.rules.EnglishAndMaths::applies).orElse(true);
        model.addAttribute("englishAndMathsApplies", englishAndMaths);
        java.util.List<waypoint.enrolment.internal.onboarding.Question> questions = FormTasks.questions(
                OnboardingTask.INITIAL_ASSESSMENT).stream()
                .filter(q -> englishAndMaths || !ENGLISH_AND_MATHS_QUESTIONS.contains(q.name())).toList();
        model.addAttribute("questions", questions);
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", assessment.answers());
        }
        if (!model.containsAttribute("completed")) {
            model.addAttribute("completed", assessment.answers().saved()
                    ? (assessment.answers().completed() ? "yes" : "no") : null);
        }
        TaskForm.add(model, questions, (waypoint.enrolment.internal.onboarding.TaskAnswers) model.getAttribute(
                "answers"), (String) model.getAttribute("completed"));
        model.addAttribute("subjects", Subject.values());
        return "enrolment/onboarding/initial-assessment";
    }

    /** The assessment's own answers; on a problem the page comes back with what was typed. */
    @PostMapping("/apprenticeships/{id}/onboarding/initial-assessment")
    String save(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam org.springframework.util.MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        OnboardingTask task = OnboardingTask.INITIAL_ASSESSMENT;
        java.util.Map<String, java.util.List<String>> typed = new java.util.LinkedHashMap<>();
        FormTasks.questions(task).forEach(q -> typed.put(q.name(), params.getOrDefault(q.name(), java.util.List.of())));
        String completed = params.getFirst("completed");
        int version;
        try {
            version = Integer.parseInt(String.valueOf(params.getFirst("version")).strip());
        } catch (NumberFormatException wrong) {
            version = -1;
        }
        try {
            if (completed == null || !(completed.equals("yes") || completed.equals("no"))) {
                throw new FieldValidationException("completed", "Select whether you have completed this section");
            }
            forms.save(user, id, task, typed, completed.equals("yes"), version);
        } catch (FieldValidationException | waypoint.enrolment.internal.onboarding.EditConflictException
                | waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException problem) {
            PageErrors.add(model, problem);
            model.addAttribute("completed", completed);
            int current = problem instanceof waypoint.enrolment.internal.onboarding.EditConflictException
                    ? forms.answers(user, id, task).version() : version;
            model.addAttribute("answers", new waypoint.enrolment.internal.onboarding.TaskAnswers(typed,
                    "yes".equals(completed), current, true));
            return page(user, id, model);
        }
        redirect.addFlashAttribute("saved", task.title() + " saved");
        return "redirect:/apprenticeships/" + id + "/onboarding";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/initial-assessment/results")
    String addResult(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String result,
            @RequestParam(required = false) String assessedOn, Model model, RedirectAttributes redirect) {
        ResultForm form = new ResultForm(subject, kind, result, assessedOn);
        try {
            assessments.requireRecorder(user, id);
            FormChecks.require(validator, form);
            assessments.addResult(user, id, form.subjectChosen(), form.kindChosen(), form.result(),
                    form.assessedOnDate());
        } catch (FieldValidationException invalid) {
            PageErrors.add(model, invalid);
            model.addAttribute("typedResult", new String[] {subject, kind, result, assessedOn});
            return page(user, id, model);
        }
        redirect.addFlashAttribute("saved", "Result added");
        return "redirect:/apprenticeships/" + id + "/onboarding/initial-assessment";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/initial-assessment/import")
    String importResults(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new FieldValidationException("file", "Select a CSV file exported from the diagnostic tool");
            }
            int imported;
            try (InputStream content = file.getInputStream()) {
                imported = assessments.importResults(user, id, file.getOriginalFilename(), content);
            }
            redirect.addFlashAttribute("saved", imported + (imported == 1 ? " result" : " results") + " imported");
        } catch (UploadRejectedException rejected) {
            PageErrors.add(model, new FieldValidationException("file", rejected.getMessage()));
            return page(user, id, model);
        } catch (FieldValidationException invalid) {
            PageErrors.add(model, invalid);
            return page(user, id, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/apprenticeships/" + id + "/onboarding/initial-assessment";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/initial-assessment/exemptions")
    String uploadExemption(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String exemptionSubject,
            @RequestParam(required = false) String qualification,
            @RequestParam(name = "certificate", required = false) MultipartFile certificate, Model model,
            RedirectAttributes redirect) {
        ExemptionForm form = new ExemptionForm(exemptionSubject, qualification, certificate);
        try {
            assessments.requireUploader(user, id);
            FormChecks.require(validator, form);
            try (InputStream content = form.file().getInputStream()) {
                assessments.uploadExemption(user, id, form.subjectChosen(), form.qualificationGiven(),
                        form.file().getOriginalFilename(), content);
            }
        } catch (UploadRejectedException rejected) {
            PageErrors.add(model, new FieldValidationException("certificate", rejected.getMessage()));
            model.addAttribute("typedExemption", new String[] {exemptionSubject, qualification});
            return page(user, id, model);
        } catch (FieldValidationException invalid) {
            // the page's boxes are named for the page: the form's subject and file are its exemptionSubject and
            // certificate
            PageErrors.add(model, invalid, field -> switch (field) {
                case "subject" -> "exemptionSubject";
                case "file" -> "certificate";
                default -> field;
            });
            model.addAttribute("typedExemption", new String[] {exemptionSubject, qualification});
            return page(user, id, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Certificate uploaded: staff will verify it");
        return "redirect:/apprenticeships/" + id + "/onboarding/initial-assessment";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/initial-assessment/exemptions/{subject}/verify")
    String verify(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject,
            RedirectAttributes redirect) {
        assessments.verifyExemption(user, id, subject);
        redirect.addFlashAttribute("saved", "Certificate verified");
        return "redirect:/apprenticeships/" + id + "/onboarding/initial-assessment";
    }

    /** The certificate, as an attachment, after the same check as the page that links it. */
    @GetMapping("/apprenticeships/{id}/onboarding/initial-assessment/exemptions/{subject}/certificate")
    ResponseEntity<InputStreamResource> certificate(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable String subject) throws IOException {
        InitialAssessmentService.Exemption exemption = assessments.certificate(user, id, subject)
                .orElseThrow(() -> new NotFoundException("Certificate"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(exemption.certificateName(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(files.open(exemption.certificateFileId())));
    }
}
