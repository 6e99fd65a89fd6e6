package waypoint.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.Outcome;
import waypoint.feedback.internal.FeedbackQueries;
import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.FeedbackSteps;
import waypoint.feedback.internal.FeedbackReads;
import waypoint.feedback.internal.FeedbackView;
import waypoint.feedback.internal.Handlers;
import waypoint.feedback.internal.StepInput;
import waypoint.feedback.internal.StepRefusedException;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.Learners;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileStore;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.DateText;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.Choice;

/**
 * The feedback pages for people signed in: the list (staff see what they may handle; learners and employer contacts
 * their own), raising feedback, and the case page with its deadline, timeline and steps.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackController {

    private static final Map<String, String> ACTION_LABELS = actionLabels();

    private static Map<String, String> actionLabels() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (var action : waypoint.feedback.internal.ComplaintStages.Action.values()) {
            labels.put(action.slug(), action.label());
        }
        labels.put("share", "Share with the person praised");
        return Map.copyOf(labels);
    }

    private final FeedbackRaising raising;
    private final FeedbackSteps steps;
    private final FeedbackReads reads;
    private final FeedbackQueries queries;
    private final Handlers handlers;
    private final Learners learners;
    private final FileUploads uploads;
    private final FileStore files;
    private final waypoint.feedback.internal.Surveys surveys;
    private final Validator validator;
    private final java.time.Clock clock;

    FeedbackController(FeedbackRaising raising, FeedbackSteps steps, FeedbackReads reads, FeedbackQueries queries, Handlers handlers, Learners learners,
            FileUploads uploads, FileStore files, waypoint.feedback.internal.Surveys surveys, Validator validator,
            java.time.Clock clock) {
        this.surveys = surveys;
        this.validator = validator;
        this.clock = clock;
        this.raising = raising;
        this.steps = steps;
        this.reads = reads;
        this.queries = queries;
        this.handlers = handlers;
        this.learners = learners;
        this.uploads = uploads;
        this.files = files;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state, @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) String mine, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new FeedbackQueries.Filter(OneOf.Choices.named(FeedbackKind.class, kind), state,
                stage != null && stage >= 1 && stage <= 4 ? stage : null, Forms.yes(mine), q);
        var rows = queries.list(user, filter, Math.max(0, page));
        model.addAttribute("page", rows);
        // Days left and the near / past flag of each row's deadline, from one read of the settings
        var deadlines = reads.deadlines();
        var today = java.time.LocalDate.now(clock);
        Map<UUID, FeedbackView.Deadline> due = new java.util.HashMap<>();
        rows.items().stream().filter(r -> r.due() != null).forEach(r -> due.put(r.id(), new FeedbackView.Deadline(
                "Due", r.due(), deadlines.workingDaysLeft(today, r.due()), deadlines.flag(today, r.due()))));
        model.addAttribute("due", due);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/feedback")
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(state).filter(s -> !s.isBlank()))
                .queryParamIfPresent("stage", java.util.Optional.ofNullable(filter.stage()))
                .queryParamIfPresent("mine", java.util.Optional.ofNullable(filter.mine() ? "true" : null))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build().toUriString());
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("waitingSurveys", user.isStaff() ? java.util.List.of() : surveys.waitingFor(user));
        return "feedback/list";
    }

    @GetMapping("/raise")
    String raiseForm(CurrentUser user, @RequestParam(required = false) String learner, Model model) {
        return raisePage(user, model, RaiseForm.empty().withLearner(learner));
    }

    @PostMapping("/raise")
    String raise(CurrentUser user, @Valid @ModelAttribute("form") RaiseForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return raisePage(user, model, form);
        }
        try {
            UUID id = raising.raise(user, Forms.command(form));
            return "redirect:/feedback/" + id + "?raised";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid, Map.of("receivedAt", "receivedOn"));
            return raisePage(user, model, form);
        }
    }

    private String raisePage(CurrentUser user, Model model, RaiseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("kinds", Choice.of(FeedbackKind.values(), FeedbackKind::label));
        model.addAttribute("channels", Choice.of(java.util.Arrays.stream(Channel.values()).filter(Channel::isOnBehalf)
                .toList(), Channel::label));
        model.addAttribute("types", Choice.of(ComplainantType.values(), ComplainantType::label));
        model.addAttribute("categories", Choice.of(Category.values(), Category::label));
        model.addAttribute("routes", Choice.of(AppealRoute.values(), AppealRoute::label));
        model.addAttribute("people", handlers.candidates());
        model.addAttribute("learners", user.has(Role.TUTOR) ? learners.caseloadOf(user.id(), 200) : java.util.List.of());
        return "feedback/raise";
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        return casePage(user, id, model, null, null);
    }

    /** Every step of a case is one form posting here; a refused step comes back to the case with the reason. */
    @PostMapping("/{id}/actions/{action}")
    String act(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false) String text, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String receivedOn, @RequestParam(required = false) String newDeadline,
            @RequestParam(required = false) String ownerAccountId, @RequestParam(required = false) Integer version,
            Model model) {
        try {
            var received = parseDate(receivedOn, "receivedOn", "Enter the date received as a real date");
            var deadline = parseDate(newDeadline, "newDeadline", "Enter the new deadline as a real date");
            steps.take(user, id, action, new StepInput(text, OneOf.Choices.named(Outcome.class, outcome), received,
                    deadline, Forms.id(ownerAccountId)), version);
            return "redirect:/feedback/" + id + "?done=" + action;
        } catch (FieldValidationException invalid) {
            model.addAttribute("typed", new Typed(action, text, outcome, receivedOn, newDeadline, ownerAccountId));
            return casePage(user, id, model, action, invalid.errors());
        } catch (StepRefusedException refused) {
            return casePage(user, id, model, action, Map.of("form", refused.getMessage()));
        } catch (OptimisticLockingFailureException changed) {
            model.addAttribute("typed", new Typed(action, text, outcome, receivedOn, newDeadline, ownerAccountId));
            return casePage(user, id, model, action, Map.of("form",
                    "Someone else changed this case while you were looking at it: check it again. What you typed is kept below."));
        }
    }

    /** What was typed into a step's form, kept when it comes back with an error. */
    record Typed(String action, String text, String outcome, String receivedOn, String newDeadline,
            String ownerAccountId) {
    }

    private static java.time.LocalDate parseDate(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseThrow(() -> new FieldValidationException(field, message));
    }

    @PostMapping("/{id}/owner")
    String assign(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String ownerAccountId,
            Model model) {
        try {
            steps.assign(user, id, Forms.id(ownerAccountId));
            return "redirect:/feedback/" + id + "?done=assigned";
        } catch (FieldValidationException invalid) {
            return casePage(user, id, model, "assign", invalid.errors());
        } catch (StepRefusedException refused) {
            return casePage(user, id, model, "assign", Map.of("form", refused.getMessage()));
        }
    }

    @PostMapping("/{id}/guardian-told")
    String guardianTold(CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("guardianTold") GuardianToldForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return casePage(user, id, model, "guardian", FormErrors.messages(result));
        }
        steps.recordGuardianTold(user, id, Forms.yes(form.told()));
        return "redirect:/feedback/" + id + "?done=guardian";
    }

    private String casePage(CurrentUser user, UUID id, Model model, String failedAction, Map<String, String> errors) {
        FeedbackView view = reads.view(user, id);
        model.addAttribute("case", view);
        model.addAttribute("timeline", reads.timelineOf(user, id));
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        if (!model.containsAttribute("guardianTold")) {
            model.addAttribute("guardianTold", new GuardianToldForm(null));
        }
        model.addAttribute("yesNo", Choice.yesNo());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("actionLabels", ACTION_LABELS);
        model.addAttribute("people", view.canHandle() ? handlers.candidates() : java.util.List.of());
        model.addAttribute("staff", user.isStaff());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed(null, null, null, null, null, null));
        }
        return "feedback/case";
    }

    // --- representative with written authority --------------------------------------------------------------

    @GetMapping("/{id}/representative")
    String representativeForm(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("case", reads.view(user, id));
        model.addAttribute("form", new RepresentativeForm(null, null));
        return "feedback/representative";
    }

    /** The form's own checks and a missing written authority are shown together. */
    @PostMapping("/{id}/representative")
    String representative(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") RepresentativeForm form,
            BindingResult result, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        FeedbackView view = reads.view(user, id);
        FormChecks.check(validator, result);
        try {
            UploadedFile stored = null;
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    stored = uploads.accept(file.getOriginalFilename(), in, FileKind.DOCUMENTS, 5L * 1024 * 1024);
                }
            }
            FeedbackSteps.requireAuthority(stored == null ? null : stored.fileId());
            if (!result.hasErrors()) {
                steps.addRepresentative(user, id, form.name(), form.relationship(), stored.fileId(), stored.name());
                return "redirect:/feedback/" + id + "?done=representative";
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            invalid.errors().forEach((field, message) -> {
                if ("file".equals(field)) {
                    model.addAttribute("fileError", message);
                }
            });
        } catch (UploadRejectedException rejected) {
            model.addAttribute("fileError", rejected.getMessage());
        }
        model.addAttribute("case", view);
        return "feedback/representative";
    }

    /** The written authority, only to people who may see the case, as an attachment. */
    @GetMapping("/{id}/authority")
    ResponseEntity<InputStreamResource> authority(CurrentUser user, @PathVariable UUID id) throws IOException {
        var f = reads.authorityOf(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.authorityFileName() == null ? "written-authority" : f.authorityFileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(files.open(f.authorityFileId())));
    }

    /** Whether a parent or guardian of a learner under 18 was told: yes or no. */
    record GuardianToldForm(
            @NotBlank(message = "Select whether a parent or guardian was told")
            @Pattern(regexp = "yes|no|true|false", message = "Select whether a parent or guardian was told")
            String told) {
    }
}
