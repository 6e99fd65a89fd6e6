package waypoint.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.internal.ilr.IlrChecking;
import waypoint.reporting.internal.ilr.IlrChecks;
import waypoint.reporting.internal.ilr.IlrExportRefused;
import waypoint.reporting.internal.ilr.IlrExports;
import waypoint.reporting.internal.ilr.IlrFixLinks;
import waypoint.reporting.internal.ilr.IlrReturnPolicy;
import waypoint.reporting.internal.ilr.IlrReturns.IlrReturn;
import waypoint.shared.NotFoundException;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.PageOf;

/**
 * The ILR return's pages (docs/domain/ilr.md): the years and periods, checking a return, exporting it, the returns
 * kept with their files, and what changed since the previous return of the year.
 */
@Controller
class IlrPages {

    private final IlrChecking checking;
    private final IlrChecks checks;
    private final IlrExports exports;
    private final IlrReturnPolicy policy;

    IlrPages(IlrChecking checking, IlrChecks checks, IlrExports exports, IlrReturnPolicy policy) {
        this.checking = checking;
        this.checks = checks;
        this.exports = exports;
        this.policy = policy;
    }

    /** A year offered on the page, and whether its return can be built with this version. */
    record YearChoice(String name, boolean shipped) {
    }

    @GetMapping("/ilr")
    String ilr(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, @RequestParam(required = false) String check,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String learner, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!policy.canCheck(user)) {
            throw new AccessDeniedException("The ILR return is for administrators, the data officer and tutors");
        }
        IlrYear chosenYear = parse(() -> IlrYear.named(year)).orElse(checking.currentYear());
        ReturnPeriod chosenPeriod = parse(() -> ReturnPeriod.named(period)).orElse(checking.currentPeriod());
        boolean buildable = checking.buildable(chosenYear);
        UUID tutorId = parse(() -> UUID.fromString(tutor)).orElse(null);
        UUID learnerId = parse(() -> UUID.fromString(learner)).orElse(null);
        model.addAttribute("years", years(chosenYear));
        model.addAttribute("year", chosenYear);
        model.addAttribute("period", chosenPeriod);
        model.addAttribute("periods", IntStream.rangeClosed(1, 14).mapToObj(ReturnPeriod::new).toList());
        model.addAttribute("buildable", buildable);
        model.addAttribute("notShipped", IlrChecking.notShipped(chosenYear));
        model.addAttribute("shippedYears", checking.shippedYears());
        model.addAttribute("availableYears", checking.shippedYears().isEmpty() ? "none"
                : String.join(", ", checking.shippedYears().stream().map(IlrYear::name).toList()));
        model.addAttribute("canPrepare", policy.canPrepare(user));
        model.addAttribute("canExportWithErrors", policy.canExportWithErrors(user));
        model.addAttribute("tutors", checks.tutors(user));
        model.addAttribute("tutor", tutorId);
        model.addAttribute("rule", rule == null ? "" : rule);
        if (buildable) {
            IlrChecks.Check result = checks.check(user, chosenYear, chosenPeriod, rule, tutorId, learnerId, page,
                    PageOf.DEFAULT_SIZE);
            model.addAttribute("learner", learnerId);
            model.addAttribute("check", result);
            model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/ilr").queryParam("year", chosenYear.name())
                    .queryParam("period", chosenPeriod.name())
                    .queryParamIfPresent("rule", Optional.ofNullable(rule).filter(r -> !r.isBlank()))
                    .queryParamIfPresent("tutor", Optional.ofNullable(tutorId))
                    .queryParamIfPresent("learner", Optional.ofNullable(learnerId)).build().toUriString());
        }
        return "reporting/ilr";
    }

    /**
     * The problems of the check kept, as the page lists them (the same rule, tutor and learner filters, the same
     * scope for a tutor), every one of them in a CSV file: errors and warnings, Waypoint's own warnings among them.
     */
    @GetMapping("/ilr/problems.csv")
    ResponseEntity<byte[]> problemsCsv(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String learner) {
        if (!policy.canCheck(user)) {
            throw new AccessDeniedException("The ILR return is for administrators, the data officer and tutors");
        }
        IlrYear chosenYear = parse(() -> IlrYear.named(year)).orElse(checking.currentYear());
        ReturnPeriod chosenPeriod = parse(() -> ReturnPeriod.named(period)).orElse(checking.currentPeriod());
        UUID tutorId = parse(() -> UUID.fromString(tutor)).orElse(null);
        UUID learnerId = parse(() -> UUID.fromString(learner)).orElse(null);
        if (!checking.buildable(chosenYear)) {
            // a year whose official schema is not shipped has no check to list: its page says why
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath("/ilr")
                    .queryParam("year", chosenYear.name()).queryParam("period", chosenPeriod.name()).build().toUri())
                    .build();
        }
        CsvTable csv = CsvTable.withColumns("learner", "learner_reference_number", "severity", "problem",
                "official_rule", "aim_sequence_number", "field", "put_it_right", "link");
        int page = 0;
        IlrChecks.Check check;
        do {
            check = checks.check(user, chosenYear, chosenPeriod, rule, tutorId, learnerId, page++, 100);
            for (IlrChecks.Problem p : check.problems().items()) {
                csv.row(p.learner() == null ? "The file as a whole" : p.learner(), p.finding().learnRefNumber(),
                        p.error() ? "Error" : "Warning", p.finding().message(),
                        p.finding().rule() == null ? "" : p.finding().rule(), p.finding().aimSeqNumber(),
                        p.finding().field(), p.fix().map(IlrFixLinks.Link::words).orElse(""),
                        p.fix().map(IlrFixLinks.Link::href).orElse(""));
            }
        } while (check.problems().hasNext());
        return CsvDownload.of("ilr-problems-" + chosenYear.name() + "-" + chosenPeriod.name() + ".csv", csv);
    }

    /** "Check again": the whole return is checked now, in place of the check kept. */
    @PostMapping("/ilr/checks")
    String checkAgain(CurrentUser user, @RequestParam String year, @RequestParam String period, Model model,
            RedirectAttributes redirect) {
        IlrYear chosenYear = parse(() -> IlrYear.named(year)).orElseThrow(() -> new NotFoundException("Year"));
        ReturnPeriod chosenPeriod = parse(() -> ReturnPeriod.named(period))
                .orElseThrow(() -> new NotFoundException("Return period"));
        try {
            IlrChecks.Summary done = checks.checkAgain(user, chosenYear, chosenPeriod);
            redirect.addFlashAttribute("checkedNow", "The return was checked: " + done.learners()
                    + (done.learners() == 1 ? " learner, " : " learners, ") + done.errors()
                    + (done.errors() == 1 ? " error" : " errors") + " and " + done.warnings()
                    + (done.warnings() == 1 ? " warning." : " warnings."));
        } catch (IlrExportRefused refused) {
            model.addAttribute("refusedCheck", refused.getMessage());
            return ilr(user, year, period, null, null, null, null, 0, model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/ilr").queryParam("year", chosenYear.name())
                .queryParam("period", chosenPeriod.name()).build().toUriString();
    }

    /** "Check this learner again", once their record has been put right: only their problems are replaced. */
    @PostMapping("/ilr/checks/learners/{learnerId}")
    String checkLearnerAgain(CurrentUser user, @PathVariable UUID learnerId, @RequestParam String year,
            @RequestParam String period, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String tutor, @RequestParam(defaultValue = "0") int page, Model model,
            RedirectAttributes redirect) {
        IlrYear chosenYear = parse(() -> IlrYear.named(year)).orElseThrow(() -> new NotFoundException("Year"));
        ReturnPeriod chosenPeriod = parse(() -> ReturnPeriod.named(period))
                .orElseThrow(() -> new NotFoundException("Return period"));
        try {
            redirect.addFlashAttribute("checkedNow",
                    checks.checkLearnerAgain(user, chosenYear, chosenPeriod, learnerId).words());
        } catch (IlrExportRefused refused) {
            model.addAttribute("refusedCheck", refused.getMessage());
            return ilr(user, year, period, null, rule, tutor, null, page, model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/ilr").queryParam("year", chosenYear.name())
                .queryParam("period", chosenPeriod.name())
                .queryParamIfPresent("rule", Optional.ofNullable(rule).filter(r -> !r.isBlank()))
                .queryParamIfPresent("tutor", parse(() -> UUID.fromString(tutor)))
                .queryParam("page", Math.max(0, page)).build().toUriString();
    }

    @PostMapping("/ilr/exports")
    String export(CurrentUser user, @RequestParam String year, @RequestParam String period,
            @RequestParam(required = false) String exportWithErrors, Model model) {
        IlrYear chosenYear = parse(() -> IlrYear.named(year)).orElseThrow(() -> new NotFoundException("Year"));
        ReturnPeriod chosenPeriod = parse(() -> ReturnPeriod.named(period))
                .orElseThrow(() -> new NotFoundException("Return period"));
        try {
            IlrReturn kept = exports.export(user, chosenYear, chosenPeriod, exportWithErrors != null);
            return "redirect:/ilr/returns?exported=" + kept.id();
        } catch (IlrExportRefused refused) {
            model.addAttribute("refused", refused.getMessage());
            return ilr(user, year, period, "", null, null, null, 0, model);
        }
    }

    @GetMapping("/ilr/returns")
    String returns(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) UUID exported, Model model) {
        model.addAttribute("returns", exports.history(user, page, PageOf.DEFAULT_SIZE));
        model.addAttribute("exported", exported == null ? null : exports.find(user, exported));
        return "reporting/ilr-returns";
    }

    @GetMapping("/ilr/returns/{id}/file")
    void file(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        IlrReturn kept = exports.find(user, id);
        response.setContentType("application/xml");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(kept.fileName()).build()
                .toString());
        response.setHeader("X-Content-SHA256", kept.sha256());
        response.setContentLengthLong(kept.fileSize());
        try (InputStream in = exports.open(user, kept); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @GetMapping("/ilr/returns/{id}/changes")
    String changes(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("changes", exports.changes(user, id, page));
        model.addAttribute("baseUrl", "/ilr/returns/" + id + "/changes");
        return "reporting/ilr-changes";
    }

    private List<YearChoice> years(IlrYear chosen) {
        List<YearChoice> years = new ArrayList<>(checking.shippedYears().stream()
                .map(y -> new YearChoice(y.name(), true)).toList());
        for (IlrYear y : List.of(checking.currentYear(), chosen)) {
            if (years.stream().noneMatch(c -> c.name().equals(y.name()))) {
                years.add(new YearChoice(y.name(), false));
            }
        }
        years.sort((a, b) -> b.name().compareTo(a.name()));
        return years;
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.ofNullable(parser.get());
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }
}
