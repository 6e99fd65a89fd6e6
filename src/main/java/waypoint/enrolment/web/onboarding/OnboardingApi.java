package waypoint.enrolment.web.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
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
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;
import waypoint.enrolment.internal.onboarding.EditConflictException;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.FormTasks;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.OnboardingService;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.OnboardingTask;
import waypoint.enrolment.internal.onboarding.PlanDraft;
import waypoint.enrolment.internal.onboarding.PlanSignature;
import waypoint.enrolment.internal.onboarding.PlanVersion;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.SignatureService;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.enrolment.internal.onboarding.StaleVersionException;
import waypoint.enrolment.internal.onboarding.TaskAnswers;
import waypoint.enrolment.internal.onboarding.TrainingPlanPdf;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Onboarding through the API, backed by the same services as the pages: the task list, each task, the training plan
 * with its versions, the signatures, and the start. Steps that cannot be taken yet, a stale version and a conflicting
 * edit answer 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/apprenticeships/{id}")
@Tag(name = "Onboarding", description = "An apprenticeship's onboarding tasks, training plan, signatures and start")
class OnboardingApi {

    private final OnboardingService onboarding;
    private final FormTaskService forms;
    private final InitialAssessmentService assessments;
    private final SkillsScanService scans;
    private final PriorLearningService priorLearning;
    private final TrainingPlanService plans;
    private final SignatureService signatures;
    private final TrainingPlanPdf pdf;

    private final Validator validator;

    OnboardingApi(OnboardingService onboarding, FormTaskService forms, InitialAssessmentService assessments,
            SkillsScanService scans, PriorLearningService priorLearning, TrainingPlanService plans,
            SignatureService signatures, TrainingPlanPdf pdf, Validator validator) {
        this.validator = validator;
        this.onboarding = onboarding;
        this.forms = forms;
        this.assessments = assessments;
        this.scans = scans;
        this.priorLearning = priorLearning;
        this.plans = plans;
        this.signatures = signatures;
        this.pdf = pdf;
    }

    record TaskEntry(String task, String title, String state) {
    }

    record TaskListResponse(ApprenticeshipId apprenticeshipId, String status, List<TaskEntry> tasks,
            boolean readyToStart) {
    }

    @GetMapping("/onboarding")
    @Operation(summary = "The onboarding task list: each task's state (NOT_STARTED, IN_PROGRESS, COMPLETED,"
            + " CANNOT_START_YET)")
    TaskListResponse taskList(CurrentUser user, @PathVariable ApprenticeshipId id) {
        OnboardingService.TaskList list = onboarding.taskList(user, id);
        return new TaskListResponse(id, list.apprenticeship().status().name(), list.tasks().stream()
                .map(t -> new TaskEntry(t.slug(), t.title(), list.state(t).name())).toList(), list.readyToStart());
    }

    record FormTaskRequest(Map<String, List<String>> answers, Boolean completed, Integer version) {
    }

    record FormTaskResponse(String task, Map<String, List<String>> answers, boolean completed, int version) {
    }

    @GetMapping("/onboarding/{task:pre-start-meeting|eligibility|start-up-meeting|induction|initial-assessment}")
    FormTaskResponse formTask(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String task) {
        OnboardingTask onboardingTask = formTaskOf(task);
        return response(onboardingTask, forms.answers(user, id, onboardingTask));
    }

    @PutMapping("/onboarding/{task:pre-start-meeting|eligibility|start-up-meeting|induction|initial-assessment}")
    @Operation(summary = "Save a form task's answers; completed=true checks every required answer",
            description = "answers: question name to values (one value, or the ticked options). version: the version"
                    + " read (0 for none); a save since answers 409.")
    FormTaskResponse saveFormTask(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String task,
            @RequestBody FormTaskRequest request) {
        OnboardingTask onboardingTask = formTaskOf(task);
        return response(onboardingTask, forms.save(user, id, onboardingTask,
                request.answers() == null ? Map.of() : request.answers(), Boolean.TRUE.equals(request.completed()),
                request.version() == null ? 0 : request.version()));
    }

    record AssessmentResponse(FormTaskResponse answers, List<InitialAssessmentService.Result> results,
            List<ExemptionEntry> exemptions, Boolean functionalSkillsRequired, String functionalSkills,
            List<String> explanation) {
    }

    record ExemptionEntry(String subject, String qualification, String certificateName, boolean verified) {
    }

    @GetMapping("/onboarding/initial-assessment/english-and-maths")
    AssessmentResponse assessment(CurrentUser user, @PathVariable ApprenticeshipId id) {
        InitialAssessmentService.Assessment a = assessments.assessment(user, id);
        return new AssessmentResponse(response(OnboardingTask.INITIAL_ASSESSMENT, a.answers()), a.results(),
                a.exemptions().stream().map(e -> new ExemptionEntry(e.subject().name(), e.qualification(),
                        e.certificateName(), e.verified())).toList(),
                a.functionalSkills().decision().map(d -> d.required()).orElse(null),
                a.functionalSkills().decision().map(d -> d.inWords()).orElse(null),
                a.functionalSkills().explanation());
    }

    @PostMapping("/onboarding/initial-assessment/results")
    ResponseEntity<AssessmentResponse> addResult(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody ResultForm request) {
        assessments.requireRecorder(user, id);
        FormChecks.require(validator, request);
        assessments.addResult(user, id, request.subjectChosen(), request.kindChosen(), request.result(),
                request.assessedOnDate());
        return ResponseEntity.status(HttpStatus.CREATED).body(assessment(user, id));
    }

    @PostMapping(path = "/onboarding/initial-assessment/results/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a diagnostic tool's CSV export (columns ULN, Subject, Assessment, Result, Date)",
            description = "All of the learner's rows or none: every wrong row is listed in one field error on file.")
    Map<String, Integer> importResults(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new FieldValidationException("file", "Send the CSV file as the multipart part named file");
        }
        try (InputStream content = file.getInputStream()) {
            return Map.of("imported", assessments.importResults(user, id, file.getOriginalFilename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/onboarding/initial-assessment/exemptions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AssessmentResponse> uploadExemption(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String qualification,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        ExemptionForm form = new ExemptionForm(subject, qualification, file);
        assessments.requireUploader(user, id);
        FormChecks.require(validator, form);
        try (InputStream content = form.file().getInputStream()) {
            assessments.uploadExemption(user, id, form.subjectChosen(), form.qualificationGiven(),
                    form.file().getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(assessment(user, id));
    }

    @PostMapping("/onboarding/initial-assessment/exemptions/{subject}/verify")
    AssessmentResponse verifyExemption(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable String subject) {
        assessments.verifyExemption(user, id, subject);
        return assessment(user, id);
    }

    record RatingEntry(String ksb, Integer learner, Integer employer, boolean differs) {
    }

    record SkillsScanResponse(List<RatingEntry> ratings, long differences) {
    }

    record RatingsRequest(Map<String, Integer> ratings) {
    }

    @GetMapping("/onboarding/skills-scan")
    SkillsScanResponse skillsScan(CurrentUser user, @PathVariable ApprenticeshipId id) {
        SkillsScanService.Scan scan = scans.scan(user, id);
        return new SkillsScanResponse(scan.rows().stream().map(r -> new RatingEntry(r.ksb().code(), r.learner(),
                r.employer(), r.differs())).toList(), scan.differences());
    }

    @PutMapping("/onboarding/skills-scan")
    @Operation(summary = "The signed-in learner's or employer contact's own ratings, KSB code to 1-4")
    SkillsScanResponse rate(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody RatingsRequest request) {
        Map<String, String> ratings = new LinkedHashMap<>();
        if (request.ratings() != null) {
            request.ratings().forEach((code, rating) -> ratings.put(code, rating == null ? "" : rating.toString()));
        }
        scans.rate(user, id, ratings);
        return skillsScan(user, id);
    }

    record PriorLearningResponse(String state, String application, String evidenceName, BigDecimal hoursRecognised,
            String decisionReason, List<String> explanation, Instant decidedAt) {
    }

    record ApplicationRequest(String application) {
    }

    /** The hours recognised (0 for none) and why; whether the hours are in range is the service's rule. */
    record DecisionRequest(
            @NotBlank(message = DecisionForm.HOURS) @TypedNumber(message = DecisionForm.HOURS) String hoursRecognised,
            @NotBlank(message = DecisionForm.REASON) @Size(max = 4000, message = DecisionForm.REASON_LENGTH)
            String reason) {
    }

    @GetMapping("/onboarding/prior-learning")
    PriorLearningResponse priorLearning(CurrentUser user, @PathVariable ApprenticeshipId id) {
        PriorLearningService.PriorLearningPage page = priorLearning.page(user, id);
        return page.claim().map(c -> new PriorLearningResponse(page.state().name(), c.application(),
                c.evidenceName(), c.hoursRecognised(), c.decisionReason(), c.explanationLines(), c.decidedAt()))
                .orElse(new PriorLearningResponse(page.state().name(), null, null, null, null, List.of(), null));
    }

    @PostMapping(path = "/onboarding/prior-learning/application", consumes = MediaType.APPLICATION_JSON_VALUE)
    PriorLearningResponse apply(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody ApplicationRequest request) {
        priorLearning.apply(user, id, request.application(), null, null);
        return priorLearning(user, id);
    }

    @PostMapping("/onboarding/prior-learning/decision")
    PriorLearningResponse decide(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody DecisionRequest request) {
        priorLearning.requireDecider(user, id);
        FormChecks.require(validator, request);
        priorLearning.decide(user, id, TypedValues.number(request.hoursRecognised()).orElseThrow(), request.reason());
        return priorLearning(user, id);
    }

    record MilestoneBody(String title, String targetDate, List<String> ksbs) {
    }

    record PlanRequest(Integer basedOnVersion, String plannedOtjHours, String teachingSessions, String studyDays,
            List<MilestoneBody> milestones, String rolesAndResponsibilities, String supportNeeds,
            String englishAndMathsPlan, FunctionalSkillsBody functionalSkills) {
    }

    /**
     * The functional skills planned in each subject: {@code NONE} (or left out) or a level, {@code ENTRY_LEVEL_3},
     * {@code LEVEL_1} or {@code LEVEL_2}.
     */
    record FunctionalSkillsBody(String english, String maths) {
    }

    record SignatureEntry(String party, String name, Instant signedAt, String ipAddress, String documentSha256,
            String verification) {
    }

    record MilestoneEntry(String title, LocalDate targetDate, List<String> ksbs) {
    }

    record VersionResponse(int number, String sha256, List<String> changes, Instant createdAt,
            BigDecimal minimumOtjHours, BigDecimal plannedOtjHours, String teachingSessions, String studyDays,
            List<MilestoneEntry> milestones, String rolesAndResponsibilities, String supportNeeds,
            String englishAndMathsPlan, PlannedFunctionalSkills functionalSkills, String canonicalText,
            List<SignatureEntry> signatures) {
    }

    record PlanResponse(VersionResponse latest, boolean fullySigned, List<Integer> versions) {
    }

    @GetMapping("/training-plan")
    PlanResponse plan(CurrentUser user, @PathVariable ApprenticeshipId id) {
        TrainingPlanService.PlanPage page = plans.page(user, id);
        return new PlanResponse(page.latest().map(v -> version(v, page.signatures())).orElse(null),
                page.fullySigned(), page.versions().stream().map(PlanVersion::number).toList());
    }

    @GetMapping("/training-plan/versions/{number}")
    VersionResponse planVersion(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable int number) {
        PlanVersion version = plans.version(user, id, number).orElseThrow(() -> new NotFoundException("Version"));
        return version(version, plans.signaturesOn(user, id, version));
    }

    @GetMapping(path = "/training-plan/versions/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> planPdf(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable int number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.render(user, id, number));
    }

    @PutMapping("/training-plan")
    @Operation(summary = "Save the training plan as a new version",
            description = "basedOnVersion: the version the edit started from (0 for the first); another save since"
                    + " answers 409 with what it changed. Hours never below the minimum after prior learning.")
    ResponseEntity<VersionResponse> savePlan(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody PlanRequest request) {
        PlanDraft draft = new PlanDraft(request.basedOnVersion() == null ? 0 : request.basedOnVersion(),
                request.plannedOtjHours(), request.teachingSessions(), request.studyDays(),
                request.milestones() == null ? List.of() : request.milestones().stream()
                        .map(m -> new PlanDraft.MilestoneDraft(m.title(), m.targetDate(),
                                m.ksbs() == null ? "" : String.join(", ", m.ksbs()))).toList(),
                request.rolesAndResponsibilities(), request.supportNeeds(), request.englishAndMathsPlan(),
                request.functionalSkills() == null ? null : request.functionalSkills().english(),
                request.functionalSkills() == null ? null : request.functionalSkills().maths());
        PlanVersion saved = plans.save(user, id, draft);
        return ResponseEntity.ok().location(URI.create("/api/v1/apprenticeships/" + id + "/training-plan/versions/"
                + saved.number())).body(version(saved, plans.signaturesOn(user, id, saved)));
    }

    record SignRequest(Integer version, String fullName) {
    }

    @GetMapping("/signatures")
    List<SignatureEntry> signatures(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return plans.page(user, id).signatures().stream().map(OnboardingApi::signature).toList();
    }

    @PostMapping("/signatures")
    @Operation(summary = "Sign the training plan version you were shown, as the learner, employer or provider",
            description = "fullName must be your account's name. A version that is no longer the latest answers 409"
                    + " with what changed.")
    ResponseEntity<SignatureEntry> sign(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody SignRequest request,
            HttpServletRequest http) {
        PlanSignature signature = signatures.signPlan(user, id, request.version() == null ? 0 : request.version(),
                request.fullName(), ClientAddress.of(http));
        return ResponseEntity.status(HttpStatus.CREATED).body(signature(signature));
    }

    @PostMapping("/onboarding/declaration")
    ResponseEntity<SignatureEntry> signDeclaration(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody SignRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(signature(
                signatures.signDeclaration(user, id, request.fullName(), ClientAddress.of(http))));
    }

    record StartResponse(UUID id, String status, LocalDate startDate) {
    }

    /** The date learning actually began (2026-04-27 or 27/4/2026). */
    record StartRequest(String startDate) {
    }

    @PostMapping("/start")
    @Operation(summary = "Start the apprenticeship (Onboarding → In learning) once every onboarding task is complete",
            description = "startDate is the date learning actually began, which becomes the apprenticeship's start "
                    + "date (the planned end moves with it); it cannot be in the future.")
    StartResponse start(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody(required = false) StartRequest request) {
        String typed = request == null ? null : request.startDate();
        LocalDate actual = typed == null || typed.isBlank() ? null : DateText.parse(typed).orElseThrow(
                () -> new FieldValidationException("startDate", "Enter a real date, like 2026-04-27"));
        ApprenticeshipSummary started = onboarding.start(user, id, actual);
        return new StartResponse(started.id().value(), started.status().name(), started.startDate());
    }

    @ExceptionHandler({EditConflictException.class, StaleVersionException.class,
            OnboardingStepRefusedException.class, TransitionRefusedException.class})
    ProblemDetail conflict(RuntimeException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle(refused instanceof StaleVersionException ? "The training plan changed since it was shown"
                : refused instanceof EditConflictException ? "Someone else saved this first" : "Not allowed now");
        if (refused instanceof StaleVersionException stale) {
            problem.setProperty("latestVersion", stale.latest());
            problem.setProperty("changes", stale.changes());
        }
        return problem;
    }

    private static OnboardingTask formTaskOf(String slug) {
        return OnboardingTask.ofSlug(slug).filter(FormTasks::isFormTask)
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    private static FormTaskResponse response(OnboardingTask task, TaskAnswers answers) {
        return new FormTaskResponse(task.slug(), answers.answers(), answers.completed(), answers.version());
    }

    private static VersionResponse version(PlanVersion v, List<PlanSignature> signed) {
        return new VersionResponse(v.number(), v.sha256(), v.changes(), v.createdAt(), v.heading().minimumOtjHours(),
                v.content().plannedOtjHours(), v.content().teachingSessions(), v.content().studyDays(),
                v.content().milestones().stream().map(m -> new MilestoneEntry(m.title(), m.targetDate(), m.ksbs()))
                        .toList(),
                v.content().rolesAndResponsibilities(), v.content().supportNeeds(), v.content().englishAndMathsPlan(),
                v.content().functionalSkills(), v.canonicalText(),
                signed.stream().map(OnboardingApi::signature).toList());
    }

    private static SignatureEntry signature(PlanSignature s) {
        return new SignatureEntry(s.party().name(), s.signature().typedName(), s.signature().signedAt(),
                s.signature().ipAddress(), s.signature().documentSha256(), s.verification().name());
    }
}
