package waypoint.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.internal.ilr.IlrCheckRefused;
import waypoint.reporting.internal.ilr.IlrChecks;
import waypoint.reporting.internal.ilr.IlrExportRefused;
import waypoint.reporting.internal.ilr.IlrExports;
import waypoint.reporting.internal.ilr.IlrReturns.IlrReturn;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * The ILR return over HTTP, with the pages' rules (docs/domain/ilr.md): checking a return, exporting it, the returns
 * kept and their files. A year or period that cannot be read answers 400; an export that cannot be made (errors
 * without an administrator's choice, a year whose schema is not shipped) answers 422 with the reason.
 */
@RestController
@RequestMapping("/api/v1/ilr")
class IlrApi {

    private final IlrExports exports;
    private final IlrChecks checks;

    IlrApi(IlrExports exports, IlrChecks checks) {
        this.exports = exports;
        this.checks = checks;
    }

    /** {@code exportWithErrors}: an administrator's choice to export a return that has errors. */
    record ExportRequest(String year, String period, Boolean exportWithErrors) {
    }

    record ExportEntry(UUID id, String year, String period, String serialNumber, Instant exportedAt,
                       UUID exportedBy, String exportedByName, int learners, int apprenticeshipAims, int errors,
                       int warnings, String fileName, long fileSize, String sha256, String file, String changes) {

        static ExportEntry of(IlrReturn r) {
            return new ExportEntry(r.id(), r.year().name(), r.period().name(), r.serial(), r.exportedAt(),
                    r.exportedBy(), r.exportedByName(), r.learners(), r.apprenticeshipAims(), r.errors(),
                    r.warnings(), r.fileName(), r.fileSize(), r.sha256(), "/api/v1/ilr/exports/" + r.id() + "/file",
                    "/ilr/returns/" + r.id() + "/changes");
        }
    }

    @PostMapping("/exports")
    ResponseEntity<ExportEntry> export(CurrentUser user, @RequestBody ExportRequest request) {
        IlrReturn kept = exports.export(user, year(request.year()), period(request.period()),
                Boolean.TRUE.equals(request.exportWithErrors()));
        return ResponseEntity.created(URI.create("/api/v1/ilr/exports/" + kept.id())).body(ExportEntry.of(kept));
    }

    @GetMapping("/exports")
    Map<String, Object> exports(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        PageOf<IlrReturn> returns = exports.history(user, page, size);
        return Map.of("page", returns.number(), "size", returns.size(), "total", returns.total(),
                "items", returns.items().stream().map(ExportEntry::of).toList());
    }

    @GetMapping("/exports/{id}")
    ExportEntry export(CurrentUser user, @PathVariable UUID id) {
        return ExportEntry.of(exports.find(user, id));
    }

    @GetMapping("/exports/{id}/file")
    void file(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        IlrReturn kept = exports.find(user, id);
        response.setContentType("application/xml");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(kept.fileName()).build()
                .toString());
        response.setContentLengthLong(kept.fileSize());
        try (InputStream in = exports.open(user, kept); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    record ProblemEntry(String learnRefNumber, String learner, UUID learnerId, Integer aimSeqNumber, String rule,
                        String severity, String field, String message, String fix) {
    }

    /**
     * The problems of a return, as its check kept found them: all of it for those who prepare it, a tutor's own
     * caseload for a tutor. A return never checked says so ({@code checked} false) and has no counts: not known, not
     * clean.
     */
    @GetMapping("/validation")
    Map<String, Object> validation(CurrentUser user, @RequestParam String year, @RequestParam String period,
            @RequestParam(required = false) String rule, @RequestParam(required = false) UUID tutor,
            @RequestParam(defaultValue = "0") int page) {
        IlrChecks.Check check = checks.check(user, year(year), period(period), rule, tutor, page,
                PageOf.DEFAULT_SIZE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", check.year().name());
        body.put("period", check.period().name());
        body.put("wholeReturn", check.wholeReturn());
        body.put("checked", check.checked());
        body.put("checkedAt", check.checkedAt());
        body.put("checkedBy", check.checkedByName());
        if (!check.checked()) {
            body.put("message", "The " + check.year().name() + " " + check.period().name() + " return has not been "
                    + "checked yet, so its errors and warnings are not known");
        }
        body.put("learners", check.checked() ? check.learners() : null);
        body.put("errors", check.checked() ? check.errors() : null);
        body.put("warnings", check.checked() ? check.warnings() : null);
        body.put("page", check.problems().number());
        body.put("size", check.problems().size());
        body.put("total", check.problems().total());
        body.put("items", check.problems().items().stream().map(p -> new ProblemEntry(p.finding().learnRefNumber(),
                p.learner(), p.learnerId(), p.finding().aimSeqNumber(), p.finding().rule(),
                p.finding().severity().name(), p.finding().field(), p.finding().message(),
                p.fix().map(l -> l.href()).orElse(null))).toList());
        return body;
    }

    record CheckRequest(String year, String period) {
    }

    /** Checks the whole return now, in place of the check kept: for those who prepare it. */
    @PostMapping("/checks")
    IlrChecks.Summary checkAgain(CurrentUser user, @RequestBody CheckRequest request) {
        return checks.checkAgain(user, year(request.year()), period(request.period()));
    }

    /** Checks one learner again, replacing only their problems in the check kept. */
    @PostMapping("/checks/learners/{learnerId}")
    IlrChecks.LearnerChecked checkLearnerAgain(CurrentUser user, @PathVariable UUID learnerId,
            @RequestBody CheckRequest request) {
        return checks.checkLearnerAgain(user, year(request.year()), period(request.period()), learnerId);
    }

    @ExceptionHandler(IlrExportRefused.class)
    ProblemDetail refused(IlrExportRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setTitle(refused instanceof IlrCheckRefused ? "The return was not checked"
                : "The return was not exported");
        return problem;
    }

    private static IlrYear year(String year) {
        try {
            return IlrYear.named(year);
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException("year", "A collection year is written like 2025-26");
        }
    }

    private static ReturnPeriod period(String period) {
        return Optional.ofNullable(period).filter(p -> p.matches("R(0[1-9]|1[0-4])")).map(ReturnPeriod::named)
                .orElseThrow(() -> new FieldValidationException("period", "A return period is written R01 to R14"));
    }
}
