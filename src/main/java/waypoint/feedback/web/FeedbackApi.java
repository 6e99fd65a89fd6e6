package waypoint.feedback.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.FeedbackQueries;
import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.FeedbackSteps;
import waypoint.feedback.internal.FeedbackReads;
import waypoint.feedback.internal.SettingsChanges;
import waypoint.feedback.internal.FeedbackSettings;
import waypoint.feedback.internal.FeedbackView;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.feedback.internal.StepInput;
import waypoint.feedback.internal.StepRefusedException;
import waypoint.feedback.internal.Timeline;
import waypoint.identity.CurrentUser;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Complaints, compliments, suggestions and assessment appeals, with their deadlines")
class FeedbackApi {

    private final FeedbackRaising raising;
    private final FeedbackSteps steps;
    private final FeedbackReads reads;
    private final SettingsChanges settingsChanges;
    private final FeedbackQueries queries;
    private final FileUploads uploads;

    private final Validator validator;

    FeedbackApi(FeedbackRaising raising, FeedbackSteps steps, FeedbackReads reads, SettingsChanges settingsChanges,
            FeedbackQueries queries, FileUploads uploads, Validator validator) {
        this.validator = validator;
        this.raising = raising;
        this.steps = steps;
        this.reads = reads;
        this.settingsChanges = settingsChanges;
        this.queries = queries;
        this.uploads = uploads;
    }

    @GetMapping
    @Operation(summary = "List feedback you may see", description = "Filters: kind, state (open|closed), stage, mine, q.")
    PageOf<FeedbackQueries.Row> list(CurrentUser user, @RequestParam(required = false) FeedbackKind kind,
            @RequestParam(required = false) String state, @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) boolean mine, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page) {
        return queries.list(user, new FeedbackQueries.Filter(kind, state, stage, mine, q), page);
    }

    @PostMapping
    @Operation(summary = "Raise feedback", description = "A learner or employer contact raises their own; staff raise it "
            + "on someone's behalf with the channel (PHONE, LETTER, EMAIL (the default) or IN_PERSON) and when it was "
            + "received. A formal complaint starts at stage 2, an informal one at stage 1.")
    ResponseEntity<FeedbackView> raise(CurrentUser user, @RequestBody RaiseFeedback body) {
        if (user.isStaff()) {
            FormChecks.require(validator, body, Default.class, RaiseFeedback.OnBehalf.class);
        } else {
            FormChecks.require(validator, body);
        }
        UUID id = raising.raise(user, body);
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + id)).body(reads.view(user, id));
    }

    @GetMapping("/{id}")
    FeedbackView get(CurrentUser user, @PathVariable UUID id) {
        return reads.view(user, id);
    }

    @GetMapping("/{id}/timeline")
    List<Timeline.Entry> timeline(CurrentUser user, @PathVariable UUID id) {
        return reads.timelineOf(user, id);
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Take a step", description = "acknowledge, respond, extend-deadline, escalate-to-stage-2, "
            + "escalate-to-stage-3, refer-to-funding-body, close, share. A step the stage rules do not allow now "
            + "answers 409 with the reason.")
    FeedbackView act(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @RequestBody(required = false) StepInput input) {
        return steps.take(user, id, action, input == null ? StepInput.none() : input, null);
    }

    record Assignment(UUID ownerAccountId) {
    }

    @PostMapping("/{id}/owner")
    FeedbackView assign(CurrentUser user, @PathVariable UUID id, @RequestBody Assignment body) {
        steps.assign(user, id, body.ownerAccountId());
        return reads.view(user, id);
    }

    record GuardianTold(boolean told) {
    }

    @PostMapping("/{id}/guardian-told")
    FeedbackView guardianTold(CurrentUser user, @PathVariable UUID id, @RequestBody GuardianTold body) {
        steps.recordGuardianTold(user, id, body.told());
        return reads.view(user, id);
    }

    @PostMapping(path = "/{id}/representative", consumes = "multipart/form-data")
    @Operation(summary = "Record a representative", description = "With the complainant's written authority uploaded "
            + "as 'file' (PDF, image or office document, up to 5 MB).")
    FeedbackView representative(CurrentUser user, @PathVariable UUID id, @ModelAttribute RepresentativeForm form,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        reads.load(user, id);
        FormChecks.require(validator, form);
        UploadedFile stored = null;
        if (file != null && !file.isEmpty()) {
            stored = uploads.accept(file.getOriginalFilename(), file.getInputStream(), FileKind.DOCUMENTS,
                    5L * 1024 * 1024);
        }
        steps.addRepresentative(user, id, form.name(), form.relationship(), stored == null ? null : stored.fileId(),
                stored == null ? null : stored.name());
        return reads.view(user, id);
    }

    @GetMapping("/settings")
    FeedbackSettings settings(CurrentUser user) {
        return settingsChanges.settings(user);
    }

    @PutMapping("/settings")
    FeedbackSettings changeSettings(CurrentUser user, @RequestBody FeedbackSettings body) {
        settingsChanges.settings(user);
        FormChecks.require(validator, body);
        settingsChanges.changeSettings(user, body);
        return settingsChanges.settings(user);
    }

    @ExceptionHandler(StepRefusedException.class)
    ProblemDetail refused(StepRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Step not allowed");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record at the same time: read it again and repeat your change.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }

}
