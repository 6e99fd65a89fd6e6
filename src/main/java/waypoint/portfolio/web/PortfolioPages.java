package waypoint.portfolio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.portfolio.internal.ClaimDecision;
import waypoint.portfolio.internal.Coverage;
import waypoint.portfolio.internal.DocumentType;
import waypoint.portfolio.internal.Documents;
import waypoint.portfolio.internal.Evidence;
import waypoint.portfolio.internal.EvidenceAction;
import waypoint.portfolio.internal.EvidenceAssessments;
import waypoint.portfolio.internal.EvidenceDownload;
import waypoint.portfolio.internal.EvidenceForm;
import waypoint.portfolio.internal.EvidenceReading;
import waypoint.portfolio.internal.EvidenceRefusedException;
import waypoint.portfolio.internal.EvidenceState;
import waypoint.portfolio.internal.EvidenceStateTable;
import waypoint.portfolio.internal.EvidenceStore;
import waypoint.portfolio.internal.EvidenceSubmissions;
import waypoint.portfolio.internal.EvidenceType;
import waypoint.portfolio.internal.Journal;
import waypoint.portfolio.internal.KsbCatalogue;
import waypoint.portfolio.internal.PortfolioPolicy;
import waypoint.portfolio.internal.QualitySamples;
import waypoint.portfolio.internal.Showcase;
import waypoint.portfolio.internal.Upload;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.UploadRejectedException;
import waypoint.portfolio.web.PortfolioForms.AssessmentForm;
import waypoint.portfolio.web.PortfolioForms.DecisionForm;
import waypoint.portfolio.web.PortfolioForms.DocumentForm;
import waypoint.portfolio.web.PortfolioForms.EvidenceRequest;
import waypoint.portfolio.web.PortfolioForms.JournalForm;
import waypoint.portfolio.web.PortfolioForms.Sample;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.PageOf;

/**
 * The portfolio pages: a learner's "My portfolio" (evidence, KSB matrix, journal, documents, showcase), an item of
 * evidence with its versions, assessment and quality samples, the tutor's assessment queue and caseload coverage.
 */
@Controller
class PortfolioPages {

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
    private final KsbCatalogue ksbs;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;
    private final Validator validator;
    private final Clock clock;

    PortfolioPages(EvidenceReading reading, EvidenceSubmissions submissions,
            EvidenceAssessments assessments, PortfolioPolicy policy, Coverage coverage, QualitySamples samples,
            Journal journal, Documents documents, Showcase showcase, EvidenceStore store, KsbCatalogue ksbs,
            Apprenticeships apprenticeships, ApprenticeshipAccess access, Validator validator, Clock clock) {
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
        this.ksbs = ksbs;
        this.apprenticeships = apprenticeships;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    /** A learner lands on their own portfolio; staff on the assessment queue. */
    @GetMapping("/portfolio")
    String start(CurrentUser user) {
        if (user.isStaff()) {
            return "redirect:/portfolio/queue";
        }
        ApprenticeshipSummary a = apprenticeships.currentForLearnerAccount(user.id())
                .orElseThrow(() -> new NotFoundException("apprenticeship"));
        return "redirect:/apprenticeships/" + a.id() + "/portfolio";
    }

    @GetMapping("/apprenticeships/{id}/portfolio")
    String portfolio(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ApprenticeshipSummary a = policy.visible(user, id);
        if (!policy.mayRead(user, a)) {
            return "redirect:/apprenticeships/" + id + "/portfolio/ksbs";
        }
        int number = Math.max(0, page);
        model.addAttribute("items", new PageOf<>(reading.page(user, id, null, number, PageOf.DEFAULT_SIZE), number,
                PageOf.DEFAULT_SIZE, reading.count(user, id, null)));
        model.addAttribute("figures", coverage.matrixOf(a).figures());
        return common(user, a, "evidence", model, "portfolio/portfolio");
    }

    @GetMapping("/apprenticeships/{id}/portfolio/evidence/new")
    String newEvidence(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        ApprenticeshipSummary a = policy.adding(user, id);
        model.addAttribute("form", EvidenceRequest.dated(DateTextOf.today(clock)));
        return evidenceForm(user, a, model);
    }

    @PostMapping("/apprenticeships/{id}/portfolio/evidence/new")
    String add(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") EvidenceRequest form,
            BindingResult result, @RequestParam(name = "upload", required = false) MultipartFile upload, Model model,
            RedirectAttributes redirect) {
        ApprenticeshipSummary a = policy.adding(user, id);
        if (!FormChecks.check(validator, result, PortfolioForms.Adding.class)) {
            return evidenceForm(user, a, model);
        }
        UUID added;
        try (InputStream content = present(upload) && form.heldAsFile() ? upload.getInputStream() : null) {
            added = submissions.add(user, id, form.draft(), content == null ? null
                    : new Upload(upload.getOriginalFilename(), content));
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return evidenceForm(user, a, model);
        } catch (UploadRejectedException rejected) {
            result.rejectValue("file", "file", rejected.getMessage());
            return evidenceForm(user, a, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Evidence added: your tutor will assess it");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + added;
    }

    private String evidenceForm(CurrentUser user, ApprenticeshipSummary a, Model model) {
        model.addAttribute("types", EvidenceType.values());
        model.addAttribute("forms", EvidenceForm.values());
        model.addAttribute("ksbs", ksbs.of(a));
        return common(user, a, "evidence", model, "portfolio/evidence-form");
    }

    @GetMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/edit")
    String edit(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId, Model model) {
        ApprenticeshipSummary a = policy.adding(user, id);
        Evidence e = reading.evidence(user, id, evidenceId);
        EvidenceStateTable.require(e.state(), EvidenceAction.EDIT);
        model.addAttribute("form", new EvidenceRequest(e.title(), e.description(), DateTextOf.of(e.date()),
                e.type().name(), e.form().name(), null, null, null, List.copyOf(e.ksbCodes()), e.lockVersion()));
        model.addAttribute("e", e);
        return editForm(user, a, model);
    }

    /** A second person's change meanwhile is reported on the form, with what this person typed kept. */
    @PostMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/edit")
    String change(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @ModelAttribute("form") EvidenceRequest form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ApprenticeshipSummary a = policy.adding(user, id);
        Evidence e = reading.evidence(user, id, evidenceId);
        model.addAttribute("e", e);
        if (!FormChecks.check(validator, result)) {
            return editForm(user, a, model);
        }
        try {
            submissions.change(user, id, evidenceId, form.lockVersion() == null ? -1 : form.lockVersion(),
                    form.draft());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return editForm(user, a, model);
        } catch (org.springframework.dao.OptimisticLockingFailureException meanwhile) {
            result.reject("changed", "Someone else changed this evidence while you were editing it: check the"
                    + " details below, which are what you typed, and save again");
            // the form keeps what was typed and its errors; saving again is over the version saved meanwhile
            model.addAttribute("latestLockVersion", e.lockVersion());
            return editForm(user, a, model);
        } catch (EvidenceRefusedException refused) {
            result.reject("refused", refused.getMessage());
            return editForm(user, a, model);
        }
        redirect.addFlashAttribute("saved", "Details changed");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + evidenceId;
    }

    private String editForm(CurrentUser user, ApprenticeshipSummary a, Model model) {
        model.addAttribute("types", EvidenceType.values());
        model.addAttribute("ksbs", ksbs.of(a));
        return common(user, a, "evidence", model, "portfolio/evidence-edit");
    }

    @GetMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}")
    String item(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId, Model model) {
        ApprenticeshipSummary a = policy.readable(user, id);
        Evidence e = reading.evidence(user, id, evidenceId);
        model.addAttribute("e", e);
        model.addAttribute("versions", store.versions(evidenceId));
        model.addAttribute("decisions", samples.ofEvidence(evidenceId));
        boolean mayAdd = policy.mayAdd(user, a);
        boolean mayAssess = policy.mayAssess(user, a);
        model.addAttribute("mayResubmit", mayAdd && EvidenceStateTable.allows(e.state(), EvidenceAction.RESUBMIT));
        model.addAttribute("mayAssess", mayAssess && (EvidenceStateTable.allows(e.state(), EvidenceAction.ACCEPT)
                || EvidenceStateTable.allows(e.state(), EvidenceAction.REFER_BACK)));
        model.addAttribute("mayEdit", mayAdd && EvidenceStateTable.allows(e.state(), EvidenceAction.EDIT));
        model.addAttribute("mayShowcase", mayAdd && EvidenceStateTable.allows(e.state(), EvidenceAction.SHOWCASE));
        model.addAttribute("maySample", policy.maySample(user));
        model.addAttribute("claimDecisions", List.of(ClaimDecision.ACCEPTED, ClaimDecision.REFERRED_BACK));
        model.addAttribute("toAssess", e.claims().stream().filter(c -> !c.signedOff()
                && (c.decision() != ClaimDecision.ACCEPTED || e.state() == EvidenceState.ACCEPTED)).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return common(user, a, "evidence", model, "portfolio/evidence");
    }

    @PostMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/resubmit")
    String resubmit(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestParam(required = false) String body, @RequestParam(required = false) String link,
            @RequestParam(required = false) String note,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Model model,
            RedirectAttributes redirect) {
        try (InputStream content = present(upload) ? upload.getInputStream() : null) {
            submissions.resubmit(user, id, evidenceId, body, link, content == null ? null
                    : new Upload(upload.getOriginalFilename(), content), note);
        } catch (FieldValidationException invalid) {
            return again(user, id, evidenceId, invalid.errors(), Map.of("body", nz(body), "link", nz(link),
                    "note", nz(note)), model);
        } catch (UploadRejectedException rejected) {
            return again(user, id, evidenceId, Map.of("file", rejected.getMessage()), Map.of("note", nz(note)), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Resubmitted: your tutor will assess the new version");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + evidenceId;
    }

    /** Fields decision-K1 and feedback-K1 for each KSB assessed. */
    @PostMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/assess")
    String assess(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        Evidence e = reading.evidence(user, id, evidenceId);
        AssessmentForm form = new AssessmentForm(e.claims().stream()
                .filter(c -> fields.containsKey("decision-" + c.ksbCode()) || fields.containsKey("feedback-" + c.ksbCode()))
                .map(c -> new DecisionForm(c.ksbCode(), fields.get("decision-" + c.ksbCode()),
                        fields.get("feedback-" + c.ksbCode()))).toList());
        EvidenceState state;
        try {
            assessments.requireAssessor(user, id);
            FormChecks.require(validator, form);
            state = assessments.assess(user, id, evidenceId, form.toDecisions());
        } catch (FieldValidationException invalid) {
            return again(user, id, evidenceId, invalid.errors(), fields, model);
        } catch (EvidenceRefusedException refused) {
            return again(user, id, evidenceId, Map.of("assessment", refused.getMessage()), fields, model);
        }
        redirect.addFlashAttribute("saved", state == EvidenceState.ACCEPTED ? "Evidence accepted"
                : "Evidence referred back to the learner with your feedback");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + evidenceId;
    }

    @PostMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/showcase")
    String choose(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @RequestParam(defaultValue = "true") boolean include, Model model, RedirectAttributes redirect) {
        try {
            submissions.showcase(user, id, evidenceId, include);
        } catch (EvidenceRefusedException refused) {
            return again(user, id, evidenceId, Map.of("showcase", refused.getMessage()), Map.of(), model);
        }
        redirect.addFlashAttribute("saved", include ? "Added to the showcase" : "Taken out of the showcase");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + evidenceId;
    }

    @PostMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/decisions/{decisionId}/sample")
    String sample(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID evidenceId,
            @PathVariable UUID decisionId, @RequestParam(required = false) String agrees,
            @RequestParam(required = false) String comments, Model model, RedirectAttributes redirect) {
        reading.evidence(user, id, evidenceId);
        samples.requireSampler(user);
        Sample sample = new Sample(agrees == null ? null : Boolean.valueOf(agrees), comments);
        try {
            FormChecks.require(validator, sample);
            samples.sample(user, decisionId, sample.agrees(), sample.comments());
        } catch (FieldValidationException invalid) {
            return again(user, id, evidenceId, of(invalid, decisionId), Map.of("comments-" + decisionId,
                    nz(comments)), model);
        }
        redirect.addFlashAttribute("saved", "Quality assurance sample recorded");
        return "redirect:/apprenticeships/" + id + "/portfolio/evidence/" + evidenceId;
    }

    /**
     * The problems of one of the page's several forms, each against its field of that form: the field's name and the
     * form's id ("comments-" and the decision's), as the page names them.
     */
    private static Map<String, String> of(FieldValidationException invalid, UUID formId) {
        return invalid.errors().entrySet().stream().collect(Collectors.toMap(e -> e.getKey() + "-" + formId,
                Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
    }

    private String again(CurrentUser user, ApprenticeshipId id, UUID evidenceId, Map<String, String> errors,
            Map<String, String> typed, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return item(user, id, evidenceId, model);
    }

    @GetMapping("/apprenticeships/{id}/portfolio/evidence/{evidenceId}/versions/{number}/file")
    ResponseEntity<InputStreamResource> download(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID evidenceId, @PathVariable int number) {
        EvidenceDownload d = reading.download(user, id, evidenceId, number);
        return Downloads.attachment(d.version().fileName(), d.version().fileSize(), d.content());
    }

    @GetMapping("/apprenticeships/{id}/portfolio/ksbs")
    String matrix(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        ApprenticeshipSummary a = policy.visible(user, id);
        model.addAttribute("matrix", coverage.matrixOf(a));
        model.addAttribute("maySignOff", policy.mayAssess(user, a));
        return common(user, a, "ksbs", model, "portfolio/ksbs");
    }

    @PostMapping("/apprenticeships/{id}/portfolio/ksbs/{code}/sign-off")
    String signOff(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String code, Model model,
            RedirectAttributes redirect) {
        try {
            assessments.signOff(user, id, code);
        } catch (EvidenceRefusedException | FieldValidationException refused) {
            model.addAttribute("refused", refused.getMessage());
            return matrix(user, id, model);
        }
        redirect.addFlashAttribute("saved", code + " signed off: its accepted evidence is now locked");
        return "redirect:/apprenticeships/" + id + "/portfolio/ksbs";
    }

    @GetMapping("/apprenticeships/{id}/portfolio/journal")
    String journal(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ApprenticeshipSummary a = policy.visible(user, id);
        model.addAttribute("form", JournalForm.dated(DateTextOf.today(clock)));
        return journalPage(user, a, page, model);
    }

    @PostMapping("/apprenticeships/{id}/portfolio/journal")
    String write(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") JournalForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ApprenticeshipSummary a = journal.writer(user, id);
        if (!FormChecks.check(validator, result)) {
            return journalPage(user, a, 0, model);
        }
        try {
            journal.write(user, id, form.draft());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return journalPage(user, a, 0, model);
        }
        redirect.addFlashAttribute("saved", "Reflection added to your journal");
        return "redirect:/apprenticeships/" + id + "/portfolio/journal";
    }

    @PostMapping("/apprenticeships/{id}/portfolio/journal/{entryId}/share")
    String share(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestParam(defaultValue = "true") boolean share, RedirectAttributes redirect) {
        journal.share(user, id, entryId, share);
        redirect.addFlashAttribute("saved", share ? "Shared with your employer" : "No longer shared with your employer");
        return "redirect:/apprenticeships/" + id + "/portfolio/journal";
    }

    private String journalPage(CurrentUser user, ApprenticeshipSummary a, int page, Model model) {
        int number = Math.max(0, page);
        model.addAttribute("entries", new PageOf<>(journal.page(user, a.id(), number, PageOf.DEFAULT_SIZE),
                number,
                PageOf.DEFAULT_SIZE, journal.count(user, a.id())));
        model.addAttribute("activityTypes", Journal.ACTIVITY_TYPES);
        return common(user, a, "journal", model, "portfolio/journal");
    }

    @GetMapping("/apprenticeships/{id}/portfolio/documents")
    String documents(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ApprenticeshipSummary a = policy.readable(user, id);
        model.addAttribute("form", DocumentForm.empty());
        return documentsPage(user, a, page, model);
    }

    @PostMapping("/apprenticeships/{id}/portfolio/documents")
    String addDocument(CurrentUser user, @PathVariable ApprenticeshipId id,
            @ModelAttribute("form") DocumentForm form, BindingResult result,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Model model,
            RedirectAttributes redirect) {
        ApprenticeshipSummary a = policy.readable(user, id);
        policy.adding(user, id);
        if (!FormChecks.check(validator, result)) {
            return documentsPage(user, a, 0, model);
        }
        try (InputStream content = present(upload) ? upload.getInputStream() : null) {
            documents.add(user, id, form.kind(), form.title().strip(), form.expiry(),
                    content == null ? null : new Upload(upload.getOriginalFilename(), content));
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return documentsPage(user, a, 0, model);
        } catch (UploadRejectedException rejected) {
            result.rejectValue("file", "file", rejected.getMessage());
            return documentsPage(user, a, 0, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("saved", "Document added");
        return "redirect:/apprenticeships/" + id + "/portfolio/documents";
    }

    private String documentsPage(CurrentUser user, ApprenticeshipSummary a, int page, Model model) {
        int number = Math.max(0, page);
        model.addAttribute("documents", new PageOf<>(documents.page(user, a.id(), number, PageOf.DEFAULT_SIZE),
                number, PageOf.DEFAULT_SIZE, documents.count(user, a.id())));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("today", LocalDate.now(clock));
        return common(user, a, "documents", model, "portfolio/documents");
    }

    @GetMapping("/apprenticeships/{id}/portfolio/documents/{documentId}/file")
    ResponseEntity<InputStreamResource> document(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID documentId) {
        Documents.Download d = documents.download(user, id, documentId);
        return Downloads.attachment(d.document().fileName(), d.document().size(), d.content());
    }

    @GetMapping("/apprenticeships/{id}/portfolio/showcase")
    String showcase(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        ApprenticeshipSummary a = policy.readable(user, id);
        List<Evidence> chosen = showcase.selected(user, id);
        model.addAttribute("chosen", chosen);
        model.addAttribute("rows", showcase.index(a, chosen));
        model.addAttribute("links", showcase.links(user, id));
        return common(user, a, "showcase", model, "portfolio/showcase");
    }

    /**
     * The chosen evidence as a ZIP with index.pdf, authorised before the first byte and written straight to the
     * response (synchronously, so the request keeps its security context), file by file.
     */
    @GetMapping("/apprenticeships/{id}/portfolio/showcase/export")
    void export(CurrentUser user, @PathVariable ApprenticeshipId id, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        showcase.selected(user, id);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("showcase.zip").build().toString());
        showcase.export(user, id, response.getOutputStream());
    }

    @PostMapping("/apprenticeships/{id}/portfolio/showcase/links")
    String link(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(required = false) String days,
            Model model,
            RedirectAttributes redirect) {
        Integer n;
        try {
            n = days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException wrong) {
            n = null;
        }
        try {
            Showcase.Link link = showcase.createLink(user, id, n);
            redirect.addFlashAttribute("link", link);
        } catch (FieldValidationException invalid) {
            model.addAttribute("daysError", invalid.errors().get("days"));
            model.addAttribute("days", days);
            return showcase(user, id, model);
        }
        return "redirect:/apprenticeships/" + id + "/portfolio/showcase";
    }

    @PostMapping("/apprenticeships/{id}/portfolio/showcase/links/{linkId}/revoke")
    String revokeLink(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID linkId,
            RedirectAttributes redirect) {
        showcase.revokeLink(user, id, linkId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/apprenticeships/" + id + "/portfolio/showcase";
    }

    @GetMapping("/portfolio/queue")
    String queue(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        requireStaff(user);
        var scope = access.scopeOf(user);
        int number = Math.max(0, page);
        model.addAttribute("waiting", new PageOf<>(store.waiting(scope, number, PageOf.DEFAULT_SIZE), number,
                PageOf.DEFAULT_SIZE, store.countWaiting(scope)));
        model.addAttribute("maySample", policy.maySample(user));
        return "portfolio/queue";
    }

    @GetMapping("/portfolio/caseload")
    String caseload(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        requireStaff(user);
        var scope = access.scopeOf(user);
        int number = Math.max(0, page);
        model.addAttribute("rows", new PageOf<>(coverage.caseload(scope, number, PageOf.DEFAULT_SIZE), number,
                PageOf.DEFAULT_SIZE, coverage.caseloadCount(scope)));
        model.addAttribute("maySample", policy.maySample(user));
        return "portfolio/caseload";
    }

    @GetMapping("/portfolio/disagreements")
    String disagreements(CurrentUser user, Model model) {
        model.addAttribute("decisions", samples.openDisagreements(user));
        model.addAttribute("maySample", policy.maySample(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "portfolio/disagreements";
    }

    @PostMapping("/portfolio/disagreements/{sampleId}/close")
    String closeDisagreement(CurrentUser user, @PathVariable UUID sampleId,
            @RequestParam(required = false) String response, Model model, RedirectAttributes redirect) {
        try {
            samples.close(user, sampleId, response);
        } catch (FieldValidationException invalid) {
            model.addAttribute("errors", of(invalid, sampleId));
            model.addAttribute("typed", Map.of("response-" + sampleId, nz(response)));
            return disagreements(user, model);
        }
        redirect.addFlashAttribute("closed", true);
        return "redirect:/portfolio/disagreements";
    }

    @GetMapping("/portfolio/quality")
    String quality(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int number = Math.max(0, page);
        model.addAttribute("decisions", new PageOf<>(samples.recent(user, number, PageOf.DEFAULT_SIZE), number,
                PageOf.DEFAULT_SIZE, samples.count(user)));
        model.addAttribute("maySample", true);
        return "portfolio/quality";
    }

    /** A step the state table refuses, reached by a link or an old page: a 409 page saying why. */
    @org.springframework.web.bind.annotation.ExceptionHandler(EvidenceRefusedException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    String refused(EvidenceRefusedException refused, Model model) {
        model.addAttribute("reason", refused.getMessage());
        return "portfolio/refused";
    }

    /** Someone moved the evidence between reading and writing it: a 409 page, never a server error. */
    @org.springframework.web.bind.annotation.ExceptionHandler(
            org.springframework.dao.OptimisticLockingFailureException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    String changedMeanwhile(Model model) {
        model.addAttribute("reason", "Someone else changed this evidence at the same time: open it again and repeat"
                + " your change.");
        return "portfolio/refused";
    }

    private String common(CurrentUser user, ApprenticeshipSummary a, String tab, Model model, String view) {
        model.addAttribute("a", a);
        model.addAttribute("tab", tab);
        model.addAttribute("own", policy.own(user, a));
        model.addAttribute("mayRead", policy.mayRead(user, a));
        model.addAttribute("mayAdd", policy.mayAdd(user, a));
        model.addAttribute("isEmployer", user.has(Role.EMPLOYER_CONTACT));
        return view;
    }

    private static boolean present(MultipartFile file) {
        return file != null && !file.isEmpty();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Staff only");
        }
    }

    /** A date as a form shows it (27/4/2026). */
    static final class DateTextOf {
        static String today(Clock clock) {
            return of(LocalDate.now(clock));
        }

        static String of(LocalDate d) {
            return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        }
    }
}
