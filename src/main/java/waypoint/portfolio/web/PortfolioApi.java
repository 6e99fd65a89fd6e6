package waypoint.portfolio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.portfolio.CoverageFigures;
import waypoint.portfolio.internal.ClaimDecision;
import waypoint.portfolio.internal.Coverage;
import waypoint.portfolio.internal.Documents;
import waypoint.portfolio.internal.Evidence;
import waypoint.portfolio.internal.EvidenceAssessments;
import waypoint.portfolio.internal.EvidenceDownload;
import waypoint.portfolio.internal.EvidenceForm;
import waypoint.portfolio.internal.EvidenceReading;
import waypoint.portfolio.internal.EvidenceRefusedException;
import waypoint.portfolio.internal.EvidenceState;
import waypoint.portfolio.internal.EvidenceStore;
import waypoint.portfolio.internal.EvidenceSubmissions;
import waypoint.portfolio.internal.EvidenceVersion;
import waypoint.portfolio.internal.Journal;
import waypoint.portfolio.internal.PortfolioPolicy;
import waypoint.portfolio.internal.QualitySamples;
import waypoint.portfolio.internal.Showcase;
import waypoint.portfolio.internal.Upload;
import waypoint.portfolio.web.PortfolioForms.AssessmentForm;
import waypoint.portfolio.web.PortfolioForms.DocumentForm;
import waypoint.portfolio.web.PortfolioForms.EvidenceRequest;
import waypoint.portfolio.web.PortfolioForms.JournalForm;
import waypoint.portfolio.web.PortfolioForms.Sample;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "E-portfolio", description = "Evidence against KSBs (files, links, text), assessment decisions, KSB "
        + "sign-off, internal quality assurance samples, the coverage matrix, the learning journal, documents and the "
        + "showcase export. A step the evidence state table refuses answers 409.")
class PortfolioApi {

    private final EvidenceReading reading;
    private final EvidenceSubmissions submissions;
    private final EvidenceAssessments assessments;
    private final PortfolioPolicy policy;
    private final Coverage coverage;
    private final QualitySamples samples;
    private final Journal journal;
    private final Documents documents;
    private final Showcase showcase;
    private final EvidenceStore store;
    private final ApprenticeshipAccess access;
    private final Validator validator;

    PortfolioApi(EvidenceReading reading, EvidenceSubmissions submissions,
            EvidenceAssessments assessments, PortfolioPolicy policy, Coverage coverage, QualitySamples samples,
            Journal journal, Documents documents, Showcase showcase, EvidenceStore store,
            ApprenticeshipAccess access, Validator validator) {
        this.reading = reading;
        this.submissions = submissions;
        this.assessments = assessments;
        this.policy = policy;
        this.coverage = coverage;
        this.samples = samples;
        this.journal = journal;
        this.documents = documents;
        this.showcase = showcase;
        this.store = store;
        this.access = access;
        this.validator = validator;
    }

    record ClaimItem(String ksbCode, ClaimDecision decision, String feedback, boolean signedOff) {
    }

    record VersionItem(int number, String body, String link, String fileName, String mediaType, Long fileSize,
            String sha256, String scan, String note, Instant submittedAt, String download) {
    }

    record EvidenceItem(UUID id, String title, String description, LocalDate date, String type, String form,
            EvidenceState state, int currentVersion, boolean inShowcase, int lockVersion, List<ClaimItem> claims,
            List<VersionItem> versions) {

        static EvidenceItem of(Evidence e, List<EvidenceVersion> versions) {
            return new EvidenceItem(e.id(), e.title(), e.description(), e.date(), e.type().name(), e.form().name(),
                    e.state(), e.currentNumber(), e.inShowcase(), e.lockVersion(),
                    e.claims().stream().map(c -> new ClaimItem(c.ksbCode(), c.decision(), c.feedback(), c.signedOff())).toList(),
                    versions == null ? null : versions.stream().map(v -> new VersionItem(v.number(), v.body(),
                            v.link(), v.fileName(), v.mediaType(), v.fileSize(), v.sha256(), v.scan().name(),
                            v.note(), v.submittedAt(), v.hasFile() ? "/api/v1/apprenticeships/" + e.apprenticeshipId()
                                    + "/evidence/" + e.id() + "/versions/" + v.number() + "/file" : null)).toList());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    record Created(UUID id) {
    }

    record Resubmission(String body, String link, String note) {
    }

    record ShowcaseChoice(Boolean include) {
    }

    record LinkRequest(Integer days) {
    }

    record LinkCreated(String url, Instant expiresAt) {
    }

    record Matrix(CoverageFigures figures, List<Coverage.Row> ksbs, List<Coverage.Row> gaps) {
    }

    record DocumentItem(UUID id, String type, String title, LocalDate expiresOn, String fileName, long size,
            String scan, Instant uploadedAt, String download) {
    }

    @GetMapping("/apprenticeships/{id}/evidence")
    Page<EvidenceItem> list(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size, @RequestParam(required = false) EvidenceState state) {
        paging(page, size);
        return new Page<>(reading.page(user, id, state, page, size).stream().map(e -> EvidenceItem.of(e, null))
                .toList(), page, size, reading.count(user, id, state));
    }

    /** Link or text evidence; file evidence is sent as multipart/form-data to the same path. */
    @PostMapping(path = "/apprenticeships/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> add(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody EvidenceRequest request) {
        if ("FILE".equalsIgnoreCase(request.form())) {
            throw new FieldValidationException("file", "Send file evidence as multipart/form-data with a file part");
        }
        policy.adding(user, id);
        FormChecks.require(validator, request, PortfolioForms.Adding.class);
        return created(id, submissions.add(user, id, request.draft(), null));
    }

    @PostMapping(path = "/apprenticeships/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> upload(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) String date,
            @RequestParam(required = false) String type, @RequestParam(required = false) List<String> ksbs,
            @RequestParam(required = false) MultipartFile file) {
        EvidenceRequest request = new EvidenceRequest(title, description, date, type, EvidenceForm.FILE.name(), null,
                null, null, ksbs, null);
        policy.adding(user, id);
        FormChecks.require(validator, request, PortfolioForms.Adding.class);
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return created(id, submissions.add(user, id, request.draft(), content == null ? null
                    : new Upload(file.getOriginalFilename(), content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/apprenticeships/{id}/evidence/{evidenceId}")
    EvidenceItem one(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId) {
        return EvidenceItem.of(reading.evidence(user, id, evidenceId), reading.versions(user, id, evidenceId));
    }

    @PutMapping("/apprenticeships/{id}/evidence/{evidenceId}")
    EvidenceItem change(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestBody EvidenceRequest request) {
        if (request.lockVersion() == null) {
            throw new FieldValidationException("lockVersion", "Send the lockVersion of the evidence you changed");
        }
        policy.adding(user, id);
        FormChecks.require(validator, request);
        submissions.change(user, id, evidenceId, request.lockVersion(), request.draft());
        return one(user, id, evidenceId);
    }

    @PostMapping(path = "/apprenticeships/{id}/evidence/{evidenceId}/resubmit",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    EvidenceItem resubmit(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestBody Resubmission request) {
        submissions.resubmit(user, id, evidenceId, request.body(), request.link(), null, request.note());
        return one(user, id, evidenceId);
    }

    @PostMapping(path = "/apprenticeships/{id}/evidence/{evidenceId}/resubmit",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceItem resubmitFile(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file) {
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            submissions.resubmit(user, id, evidenceId, null, null, content == null ? null
                    : new Upload(file.getOriginalFilename(), content), note);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return one(user, id, evidenceId);
    }

    /** Authorised before a byte is read; sent as an attachment. */
    @GetMapping("/apprenticeships/{id}/evidence/{evidenceId}/versions/{number}/file")
    ResponseEntity<InputStreamResource> download(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID evidenceId,
            @PathVariable int number) {
        EvidenceDownload d = reading.download(user, id, evidenceId, number);
        return Downloads.attachment(d.version().fileName(), d.version().fileSize(), d.content());
    }

    /** Decisions: [{ksbCode: "K1", decision: "ACCEPTED" | "REFERRED_BACK", feedback}]. */
    @PostMapping("/apprenticeships/{id}/evidence/{evidenceId}/assessment")
    EvidenceItem assess(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestBody AssessmentForm assessment) {
        assessments.requireAssessor(user, id);
        FormChecks.require(validator, assessment);
        assessments.assess(user, id, evidenceId, assessment.toDecisions());
        return one(user, id, evidenceId);
    }

    @GetMapping("/apprenticeships/{id}/evidence/{evidenceId}/assessment-decisions")
    List<QualitySamples.Decision> decisions(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID evidenceId) {
        reading.evidence(user, id, evidenceId);
        return samples.ofEvidence(evidenceId);
    }

    @PostMapping("/apprenticeships/{id}/evidence/{evidenceId}/showcase")
    EvidenceItem choose(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestBody ShowcaseChoice choice) {
        submissions.showcase(user, id, evidenceId, !Boolean.FALSE.equals(choice.include()));
        return one(user, id, evidenceId);
    }

    @PostMapping("/apprenticeships/{id}/ksbs/{code}/sign-off")
    Matrix signOff(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String code) {
        assessments.signOff(user, id, code.toUpperCase());
        return coverage(user, id);
    }

    /** The KSB matrix: the learner, staff and the employer (their apprentices' progress) may read it. */
    @GetMapping("/apprenticeships/{id}/coverage")
    Matrix coverage(CurrentUser user, @PathVariable ApprenticeshipId id) {
        Coverage.Matrix m = coverage.matrixOf(policy.visible(user, id));
        return new Matrix(m.figures(), m.rows(), m.gaps());
    }

    @GetMapping("/portfolio/caseload")
    Page<Coverage.CaseloadRow> caseload(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        paging(page, size);
        var scope = access.scopeOf(user);
        return new Page<>(coverage.caseload(scope, page, size), page, size, coverage.caseloadCount(scope));
    }

    @GetMapping("/portfolio/assessment-queue")
    Page<EvidenceStore.Waiting> queue(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        paging(page, size);
        requireStaff(user);
        var scope = access.scopeOf(user);
        return new Page<>(store.waiting(scope, page, size), page, size, store.countWaiting(scope));
    }

    @GetMapping("/portfolio/assessment-decisions")
    Page<QualitySamples.Decision> recentDecisions(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        paging(page, size);
        return new Page<>(samples.recent(user, page, size), page, size, samples.count(user));
    }

    record Response(String response) {
    }

    @GetMapping("/portfolio/quality-disagreements")
    List<QualitySamples.Decision> openDisagreements(CurrentUser user) {
        return samples.openDisagreements(user);
    }

    @PostMapping("/portfolio/quality-disagreements/{sampleId}/close")
    List<QualitySamples.Decision> closeDisagreement(CurrentUser user, @PathVariable UUID sampleId,
            @RequestBody Response response) {
        samples.close(user, sampleId, response.response());
        return samples.openDisagreements(user);
    }

    @PostMapping("/portfolio/assessment-decisions/{decisionId}/samples")
    ResponseEntity<Created> sample(CurrentUser user, @PathVariable UUID decisionId, @RequestBody Sample sample) {
        samples.requireSampler(user);
        FormChecks.require(validator, sample);
        UUID id = samples.sample(user, decisionId, sample.agrees(), sample.comments());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    @GetMapping("/apprenticeships/{id}/journal")
    Page<Journal.Entry> journal(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        paging(page, size);
        return new Page<>(journal.page(user, id, page, size), page, size, journal.count(user, id));
    }

    /** {date, title, reflection, hours (optional, e.g. "1.5"), activityType (with hours), share}. */
    @PostMapping("/apprenticeships/{id}/journal")
    ResponseEntity<Created> write(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody JournalForm form) {
        journal.writer(user, id);
        FormChecks.require(validator, form);
        UUID entry = journal.write(user, id, form.draft());
        return ResponseEntity.created(URI.create("/api/v1/apprenticeships/" + id + "/journal")).body(new Created(entry));
    }

    @PostMapping("/apprenticeships/{id}/journal/{entryId}/share")
    ResponseEntity<Void> share(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestBody ShowcaseChoice choice) {
        journal.share(user, id, entryId, !Boolean.FALSE.equals(choice.include()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/apprenticeships/{id}/documents")
    Page<DocumentItem> documents(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        paging(page, size);
        return new Page<>(documents.page(user, id, page, size).stream().map(d -> new DocumentItem(d.id(),
                d.type().name(), d.title(), d.expiresOn(), d.fileName(), d.size(), d.scan().name(), d.uploadedAt(),
                "/api/v1/apprenticeships/" + id + "/documents/" + d.id() + "/file")).toList(), page, size,
                documents.count(user, id));
    }

    @PostMapping(path = "/apprenticeships/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> addDocument(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(required = false) String type, @RequestParam(required = false) String title,
            @RequestParam(required = false) String expiresOn, @RequestParam(required = false) MultipartFile file) {
        DocumentForm form = new DocumentForm(type, title, expiresOn, null);
        policy.adding(user, id);
        FormChecks.require(validator, form);
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return created(id, documents.add(user, id, form.kind(), form.title().strip(), form.expiry(),
                    content == null ? null : new Upload(file.getOriginalFilename(), content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/apprenticeships/{id}/documents/{documentId}/file")
    ResponseEntity<InputStreamResource> document(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID documentId) {
        Documents.Download d = documents.download(user, id, documentId);
        return Downloads.attachment(d.document().fileName(), d.document().size(), d.content());
    }

    /** The chosen evidence as a ZIP with index.pdf; authorised before the stream starts. */
    /**
     * The chosen evidence as a ZIP with index.pdf, authorised before the first byte and written straight to the
     * response (synchronously, so the request keeps its security context), file by file.
     */
    @GetMapping("/apprenticeships/{id}/showcase/export")
    void export(CurrentUser user, @PathVariable ApprenticeshipId id, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        showcase.selected(user, id);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("showcase.zip").build().toString());
        showcase.export(user, id, response.getOutputStream());
    }

    @PostMapping("/apprenticeships/{id}/showcase/links")
    ResponseEntity<LinkCreated> link(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody LinkRequest request) {
        Showcase.Link link = showcase.createLink(user, id, request.days());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new LinkCreated("/showcase/" + link.token(), link.expiresAt()));
    }

    /** A listed assessor link: never its token, which is not kept. */
    record LinkView(UUID id, String createdBy, java.time.Instant createdAt, java.time.Instant expiresAt,
            String status, java.time.Instant revokedAt, String revokedBy) {

        static LinkView of(Showcase.ListedLink l) {
            return new LinkView(l.id(), l.createdByName(), l.createdAt(), l.expiresAt(), l.status(), l.revokedAt(),
                    l.revokedByName());
        }
    }

    @GetMapping("/apprenticeships/{id}/showcase/links")
    List<LinkView> links(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return showcase.links(user, id).stream().map(LinkView::of).toList();
    }

    @PostMapping("/apprenticeships/{id}/showcase/links/{linkId}/revoke")
    List<LinkView> revokeLink(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID linkId) {
        showcase.revokeLink(user, id, linkId);
        return links(user, id);
    }

    private ResponseEntity<Created> created(ApprenticeshipId apprenticeshipId, UUID id) {
        return ResponseEntity.created(URI.create("/api/v1/apprenticeships/" + apprenticeshipId + "/evidence/" + id))
                .body(new Created(id));
    }

    private static void paging(int page, int size) {
        if (page < 0) {
            throw new FieldValidationException("page", "The page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new FieldValidationException("size", "The size must be from 1 to 100");
        }
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Staff only");
        }
    }

    @ExceptionHandler(EvidenceRefusedException.class)
    ProblemDetail refused(EvidenceRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not allowed in this state");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this evidence at the same time: read it again and repeat your change.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
