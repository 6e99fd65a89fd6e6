package waypoint.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

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

import waypoint.feedback.internal.BoardReport;
import waypoint.feedback.internal.Charts;
import waypoint.feedback.internal.Surveys;
import waypoint.feedback.web.ReportForms.ActionForm;
import waypoint.feedback.web.ReportForms.PeriodForm;
import waypoint.identity.CurrentUser;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.DateText;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** The Board report for any period, as a page and a PDF, and its improvement actions. */
@Controller
class ReportController {

    private final BoardReport reports;
    private final PdfRenderer pdf;
    private final Surveys surveys;
    private final Validator validator;
    private final Clock clock;

    ReportController(BoardReport reports, PdfRenderer pdf, Surveys surveys, Validator validator, Clock clock) {
        this.reports = reports;
        this.surveys = surveys;
        this.pdf = pdf;
        this.validator = validator;
        this.clock = clock;
    }

    /** The report for the period typed; dates that are not dates, or an end before the start, show the default. */
    @GetMapping("/feedback/report")
    String page(CurrentUser user, @ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
        LocalDate today = LocalDate.now(clock);
        BoardReport.Report report = null;
        if (FormChecks.check(validator, result)) {
            try {
                report = reports.report(user, period.start(today), period.end(today));
            } catch (FieldValidationException invalid) {
                FormErrors.reject(result, invalid);
            }
        }
        if (report == null) {
            report = reports.report(user, PeriodForm.DEFAULT.start(today), PeriodForm.DEFAULT.end(today));
        }
        return reportPage(user, report, period, FormErrors.messages(result), model);
    }

    private String reportPage(CurrentUser user, BoardReport.Report report, PeriodForm period,
            Map<String, String> errors, Model model) {
        model.addAttribute("report", report);
        // the leaders who read the report are the ones warned of an overdue employer survey
        model.addAttribute("employerSurveyWarning", surveys.employerSurvey(user).warning());
        model.addAttribute("errors", errors);
        model.addAttribute("fromText", period.from() == null ? DateText.typed(report.from()) : period.from());
        model.addAttribute("toText", period.to() == null ? DateText.typed(report.to()) : period.to());
        model.addAttribute("stageChart", Charts.bars("Formal and informal complaints by the highest stage reached",
                report.byStage().stream().map(c -> new Charts.Bar(c.label(), c.count())).toList()));
        model.addAttribute("categoryChart", Charts.bars("Complaints by category",
                report.byCategory().stream().map(c -> new Charts.Bar(c.label(), c.count())).toList()));
        model.addAttribute("statuses", BoardReport.ActionStatus.values());
        return "feedback/report";
    }

    /** The report as a PDF; a period that cannot be read is the default. */
    @GetMapping("/feedback/report.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @ModelAttribute("period") PeriodForm period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = period.start(today);
        LocalDate to = period.end(today);
        if (!validator.validate(period).isEmpty() || to.isBefore(from)) {
            from = PeriodForm.DEFAULT.start(today);
            to = PeriodForm.DEFAULT.end(today);
        }
        BoardReport.Report report = reports.report(user, from, to);
        byte[] body = pdf.render("feedback/report-pdf", Map.of("report", report));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("board-report-" + from + "-to-" + to + ".pdf").build().toString())
                .body(body);
    }

    /** The form's own checks and an unknown case reference are shown together. */
    @PostMapping("/feedback/report/actions")
    String addAction(CurrentUser user, @ModelAttribute("action") ActionForm form, BindingResult result, Model model) {
        reports.requireMayKeepActions(user);
        FormChecks.check(validator, result);
        try {
            reports.caseWithReference(form.reference());
        } catch (FieldValidationException unknown) {
            FormErrors.reject(result, unknown);
        }
        if (!result.hasErrors()) {
            reports.addAction(user, form.title(), form.reference(), TypedValues.date(form.dueOn()).orElse(null));
            return "redirect:/feedback/report?added";
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("actionErrors", FormErrors.messages(result));
        model.addAttribute("typedAction", form);
        return reportPage(user, reports.report(user, PeriodForm.DEFAULT.start(today), PeriodForm.DEFAULT.end(today)),
                PeriodForm.DEFAULT, Map.of(), model);
    }

    @PostMapping("/feedback/report/actions/{id}")
    String changeAction(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String status) {
        reports.changeAction(user, id, OneOf.Choices.named(BoardReport.ActionStatus.class, status));
        return "redirect:/feedback/report?changed";
    }
}
