package waypoint.catalogue.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.catalogue.internal.FigureChange;
import waypoint.catalogue.internal.FigureDifference;
import waypoint.catalogue.internal.ImportProblem;
import waypoint.catalogue.internal.ImportRunStore;
import waypoint.catalogue.internal.StandardsFetch;
import waypoint.catalogue.internal.ImportReport;
import waypoint.catalogue.internal.StandardFileRejectedException;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQuery;
import waypoint.catalogue.internal.StandardVersion;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;
import waypoint.shared.money.Money;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards", description = "The apprenticeship standards catalogue (staff read it; administrators import)")
class StandardsApi {

    private final StandardQueries queries;
    private final StandardImporter importer;
    private final waypoint.catalogue.internal.StandardEditor editor;
    private final StandardsFetch fetch;
    private final ImportRunStore runs;
    private final CataloguePolicy policy;
    private final Validator validator;

    StandardsApi(StandardQueries queries, StandardImporter importer,
            waypoint.catalogue.internal.StandardEditor editor, StandardsFetch fetch, ImportRunStore runs,
            CataloguePolicy policy, Validator validator) {
        this.queries = queries;
        this.importer = importer;
        this.editor = editor;
        this.fetch = fetch;
        this.runs = runs;
        this.policy = policy;
        this.validator = validator;
    }

    /** Skills England's name for the figure; null clears it (not recorded: unknown, never zero). */
    record MinimumOtjHours(Integer minimumHoursForCompliance) {
    }

    record StandardList(List<StandardSummary> items, int page, int size, long total) {
    }

    record ImportResult(String summary, boolean dryRun, String counts, List<ImportedEntry> standards) {
    }

    record ImportedEntry(String referenceNumber, String version, String title, String outcome, boolean retires,
            List<FigureChangeBody> changes, List<DifferenceBody> differences) {
    }

    @GetMapping
    @Operation(summary = "Search the latest version of each standard",
            description = "q matches the reference number or title; page counts from 0; size is at most 100.")
    StandardList list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        if (level != null && (level < 1 || level > 7)) {
            throw new FieldValidationException("level", "The level must be from 1 to 7");
        }
        if (page < 0) {
            throw new FieldValidationException("page", "The page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new FieldValidationException("size", "The size must be from 1 to 100");
        }
        PageOf<StandardSummary> found = queries.search(user,
                new StandardQuery(q, level, status, StandardQuery.Sort.REFERENCE, false, page, size));
        return new StandardList(found.items(), found.number(), found.size(), found.total());
    }

    @GetMapping("/{referenceNumber}")
    @Operation(summary = "A standard with its duties, KSBs, EPA methods, grading table and gateway items",
            description = "The latest version unless ?version= names another.")
    StandardDetails standard(CurrentUser user, @PathVariable String referenceNumber,
            @RequestParam(required = false) String version) {
        return queries.view(user, referenceNumber, Optional.ofNullable(version)).details();
    }

    @org.springframework.web.bind.annotation.PutMapping("/{referenceNumber}/versions/{version}/minimum-otj-hours")
    @Operation(summary = "Record a version's minimum off-the-job hours for compliance (administrators)",
            description = "The funding minimum for starts from 1 August 2025, as Skills England publishes it "
                    + "(minimumHoursForCompliance, a whole number of hours from 1 to 10,000; null clears it). "
                    + "Answers the version as it now is, with the figure in publishedMinimumOtjHours.")
    StandardDetails recordMinimumOtjHours(CurrentUser user, @PathVariable String referenceNumber,
            @PathVariable String version, @RequestBody(required = false) MinimumOtjHours body) {
        if (body == null) {
            throw new FieldValidationException("minimumHoursForCompliance",
                    "Send minimumHoursForCompliance: a whole number of hours, or null to clear it");
        }
        editor.recordMinimumOtjHours(user, referenceNumber, version, null, body.minimumHoursForCompliance());
        return queries.view(user, referenceNumber, Optional.of(version)).details();
    }

    /** The code: required, and a whole number from 1 to 99,999, as on the page. */
    record LarsCode(
            @NotBlank(message = LarsCodeController.ENTER)
            @WholeNumber(what = LarsCodeController.WHAT, min = StandardVersion.LEAST_LARS_CODE,
                    max = StandardVersion.MOST_LARS_CODE) String larsCode) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{referenceNumber}/versions/{version}/lars-code")
    @Operation(summary = "Record a version's LARS code (administrators)",
            description = "The standard's code in the Learning Aim Reference Service, which the ILR return carries "
                    + "as the standard code (larsCode, a whole number from 1 to 99,999). Answers the version as it "
                    + "now is.")
    StandardDetails recordLarsCode(CurrentUser user, @PathVariable String referenceNumber,
            @PathVariable String version, @RequestBody(required = false) LarsCode body) {
        LarsCode asked = body == null ? new LarsCode(null) : body;
        FormChecks.require(validator, asked);
        editor.recordLarsCode(user, referenceNumber, version, null,
                TypedValues.wholeNumber(asked.larsCode()).orElse(null));
        return queries.view(user, referenceNumber, Optional.of(version)).details();
    }

    record ProgrammeTypeBody(String programmeType) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{referenceNumber}/versions/{version}/programme-type")
    @Operation(summary = "Record a version's programme type (administrators)",
            description = "APPRENTICESHIP_STANDARD, FOUNDATION_APPRENTICESHIP (level 2 only) or APPRENTICESHIP_UNIT: the"
                    + " funding rules of the type apply to its apprenticeships. Answers the version as it now is.")
    StandardDetails recordProgrammeType(CurrentUser user, @PathVariable String referenceNumber,
            @PathVariable String version, @RequestBody(required = false) ProgrammeTypeBody body) {
        waypoint.rules.ProgrammeType type = waypoint.rules.ProgrammeType.parse(body == null ? null
                : body.programmeType()).orElseThrow(() -> new FieldValidationException(ProgrammeTypeController.FIELD,
                "Send programmeType: APPRENTICESHIP_STANDARD, FOUNDATION_APPRENTICESHIP or APPRENTICESHIP_UNIT"));
        editor.recordProgrammeType(user, referenceNumber, version, null, type);
        return queries.view(user, referenceNumber, Optional.of(version)).details();
    }

    /** The funding band maximum in pounds, or null to clear it. */
    record FundingBandMaximum(java.math.BigDecimal maxFunding) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{referenceNumber}/versions/{version}/funding-band-maximum")
    @Operation(summary = "Record a version's funding band maximum (administrators)",
            description = "The most the funding rules fund for the standard version, as Skills England publishes it "
                    + "(maxFunding, pounds of more than £0; null clears it). The price's funded part, the employer's "
                    + "share and the earnings follow it. The change is kept in the audit trail.")
    StandardDetails recordFundingBandMaximum(CurrentUser user, @PathVariable String referenceNumber,
            @PathVariable String version, @RequestBody(required = false) FundingBandMaximum body) {
        if (body == null) {
            throw new FieldValidationException("maxFunding", "Send maxFunding: an amount in pounds, or null to clear it");
        }
        editor.recordFundingBandMaximum(user, referenceNumber, version, null,
                body.maxFunding() == null ? null : Money.rounded(body.maxFunding()));
        return queries.view(user, referenceNumber, Optional.of(version)).details();
    }

    @PostMapping("/import")
    @Operation(summary = "Import standards in the Skills England API shape (administrators)",
            description = "The body is a JSON array of standards or one standard. A file with any malformed standard "
                    + "is rejected whole (400, with each problem's field); importing the same file twice changes "
                    + "nothing. With dryRun=true nothing is saved: the answer says what the import would change (new "
                    + "versions, changed figures, retirements, and figures an administrator recorded that the file "
                    + "gives otherwise, which an import keeps).")
    ImportResult importStandards(CurrentUser user, @RequestBody(required = false) String body,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportReport report = dryRun ? importer.checkFile(user, body) : importer.importFile(user, body);
        return new ImportResult(report.summary(), report.checkOnly(), report.counts(), report.standards().stream()
                .map(e -> new ImportedEntry(e.referenceNumber(), e.version(), e.title(), e.outcome().label(),
                        e.retires(), e.changes().stream().map(FigureChangeBody::of).toList(),
                        e.differences().stream().map(DifferenceBody::of).toList()))
                .toList());
    }

    /** A change of a figure: the field as Skills England names it, the values before and after (null: not recorded). */
    record FigureChangeBody(String field, String label, String before, String after, String description) {
        static FigureChangeBody of(FigureChange c) {
            return new FigureChangeBody(c.figure().field(), c.figure().label(), c.before(), c.after(), c.describe());
        }
    }

    /** A figure an administrator recorded that an import's file gives otherwise: kept until accepted or kept. */
    record DifferenceBody(String field, String label, String recorded, String fileValue, String foundBy,
            java.time.Instant foundAt, String description) {
        static DifferenceBody of(FigureDifference d) {
            return new DifferenceBody(d.figure().field(), d.figure().label(), d.recorded(), d.fileValue(), d.foundBy(),
                    d.foundAt(), d.describe());
        }
    }

    record HistoryBody(String field, String label, String before, String after, String source, String changedBy,
            java.time.Instant changedAt) {
    }

    record FiguresBody(List<HistoryBody> history, List<String> recordedByAdministrator,
            List<DifferenceBody> differences) {
    }

    @GetMapping("/{referenceNumber}/versions/{version}/figures")
    @Operation(summary = "A version's change history of its figures, and the differences an import kept",
            description = "Every change of the funding band maximum, minimum off-the-job hours, typical duration, "
                    + "status and dates, newest first, with its source (UPLOAD, FETCH, EDIT, SHIPPED) and who or "
                    + "which import made it; the figures an administrator recorded (an import keeps them); and the "
                    + "values imports gave otherwise, waiting to be accepted or kept.")
    FiguresBody figures(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version) {
        StandardQueries.FiguresView view = queries.figures(user, referenceNumber, version);
        return new FiguresBody(view.history().stream().map(h -> new HistoryBody(h.figure().field(),
                h.figure().label(), h.before(), h.after(), h.source().name(), h.changedBy(), h.changedAt())).toList(),
                view.recordedByAdministrator(), view.differences().stream().map(DifferenceBody::of).toList());
    }

    /** The published figures: null leaves a figure not recorded (unknown, never zero). */
    record PublishedFigures(java.math.BigDecimal maxFunding, Integer typicalDuration, String status,
            java.time.LocalDate approvedForDelivery, java.time.LocalDate retiredOn) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/{referenceNumber}/versions/{version}/figures")
    @Operation(summary = "Record a version's published figures (administrators)",
            description = "maxFunding (pounds), typicalDuration (months, 1 to 120), status, approvedForDelivery and "
                    + "retiredOn (the first day with no new starts), as Skills England publishes them; each null is "
                    + "not recorded. Each figure that changes is the administrator's from then on: a later import "
                    + "that gives another value keeps it and reports the difference. Answers the history.")
    FiguresBody recordFigures(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version,
            @RequestBody(required = false) PublishedFigures body) {
        if (body == null) {
            throw new FieldValidationException("maxFunding", "Send the figures: maxFunding, typicalDuration, status,"
                    + " approvedForDelivery and retiredOn (null for one not recorded)");
        }
        editor.recordPublishedFigures(user, referenceNumber, version, null,
                body.maxFunding() == null ? null : Money.rounded(body.maxFunding()), body.typicalDuration(),
                body.status(), body.approvedForDelivery(), body.retiredOn());
        return figures(user, referenceNumber, version);
    }

    @PostMapping("/{referenceNumber}/versions/{version}/figures/{field}/accept")
    @Operation(summary = "Accept the value an import gave for a figure an administrator recorded (administrators)",
            description = "The figure takes the file's value and follows the files again.")
    FiguresBody acceptFileFigure(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version,
            @PathVariable String field) {
        editor.acceptFileFigure(user, referenceNumber, version, PublishedFiguresController.figure(field));
        return figures(user, referenceNumber, version);
    }

    @PostMapping("/{referenceNumber}/versions/{version}/figures/{field}/keep")
    @Operation(summary = "Keep the figure an administrator recorded against an import's value (administrators)")
    FiguresBody keepRecordedFigure(CurrentUser user, @PathVariable String referenceNumber,
            @PathVariable String version, @PathVariable String field) {
        editor.keepRecordedFigure(user, referenceNumber, version, PublishedFiguresController.figure(field));
        return figures(user, referenceNumber, version);
    }

    record ImportRunBody(String source, String startedBy, String address, java.time.Instant ranAt, boolean succeeded,
            String summary, List<String> details) {
        static ImportRunBody of(ImportRunStore.ImportRun r) {
            return new ImportRunBody(r.source().name(), r.startedBy(), r.address(), r.ranAt(), r.succeeded(),
                    r.summary(), r.details());
        }
    }

    @GetMapping("/imports")
    @Operation(summary = "The latest uploads and fetches of standards files, newest first (administrators)")
    List<ImportRunBody> imports(CurrentUser user) {
        policy.requireChange(user);
        return runs.recent(50).stream().map(ImportRunBody::of).toList();
    }

    @PostMapping("/fetch")
    @Operation(summary = "Fetch the standards from the configured Skills England address now (administrators)",
            description = "Imports the fetched file as an upload would; a failed fetch imports nothing and says why "
                    + "(succeeded false). 400 when no address is configured (WAYPOINT_STANDARDS_URL).")
    ImportRunBody fetchNow(CurrentUser user) {
        return ImportRunBody.of(fetch.fetchNow(user));
    }

    @ExceptionHandler(StandardFileRejectedException.class)
    ProblemDetail rejected(StandardFileRejectedException rejected) {
        List<ImportProblem> problems = rejected.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Nothing was imported: the file has "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problem.setTitle("Invalid standards file");
        problem.setType(URI.create("https://waypoint.test/problems/validation"));
        problem.setProperty("errors", problems);
        return problem;
    }
}
