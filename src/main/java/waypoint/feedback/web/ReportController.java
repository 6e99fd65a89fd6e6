package waypoint.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

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

import waypoint.feedback.internal.BoardReport;
import waypoint.feedback.internal.Charts;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.CurrentUser;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/** The Board report for any period, as a page and a PDF, and its improvement actions. */
@Controller
class ReportController {

    private final BoardReport reports;
    private final PdfRenderer pdf;
    private final Surveys surveys;
    private final Clock clock;

    ReportController(BoardReport reports, PdfRenderer pdf, Surveys surveys, Clock clock) {
        this.reports = reports;
        this.surveys = surveys;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The period asked for; by default the twelve months to today. Dates that are not dates are errors. */
    private record Period(LocalDate from, LocalDate to, Map<String, String> errors) {
    }

    private Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null || from.isBlank() ? today.minusYears(1).plusDays(1) : DateText.parse(from).orElse(null);
        LocalDate end = to == null || to.isBlank() ? today : DateText.parse(to).orElse(null);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (start == null) {
            errors.put("from", "Enter the start of the period as a real date, like 1/8/2026");
        }
        if (end == null) {
            errors.put("to", "Enter the end of the period as a real date, like 31/7/2027");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "The end of the period must be on or after its start");
        }
        return errors.isEmpty() ? new Period(start, end, errors)
                : new Period(today.minusYears(1).plusDays(1), today, errors);
    }

    @GetMapping("/feedback/report")
    String page(CurrentUser user, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        Period period = period(from, to);
        BoardReport.Report report = reports.report(user, period.from(), period.to());
        model.addAttribute("report", report);
        // the leaders who read the report are the ones warned of an overdue employer survey
        model.addAttribute("employerSurveyWarning", surveys.employerSurvey(user).warning());
        model.addAttribute("errors", period.errors());
        model.addAttribute("fromText", from == null ? DateText.typed(period.from()) : from);
        model.addAttribute("toText", to == null ? DateText.typed(period.to()) : to);
        model.addAttribute("stageChart", Charts.bars("Formal and informal complaints by the highest stage reached",
                report.byStage().stream().map(c -> new Charts.Bar(c.label(), c.count())).toList()));
        model.addAttribute("categoryChart", Charts.bars("Complaints by category",
                report.byCategory().stream().map(c -> new Charts.Bar(c.label(), c.count())).toList()));
        model.addAttribute("statuses", BoardReport.ActionStatus.values());
        return "feedback/report";
    }

    @GetMapping("/feedback/report.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period period = period(from, to);
        BoardReport.Report report = reports.report(user, period.from(), period.to());
        byte[] body = pdf.render("feedback/report-pdf", Map.of("report", report));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("board-report-" + period.from() + "-to-" + period.to() + ".pdf").build().toString())
                .body(body);
    }

    @PostMapping("/feedback/report/actions")
    String addAction(CurrentUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String dueOn,
            Model model) {
        try {
            LocalDate due = dueOn == null || dueOn.isBlank() ? null : DateText.parse(dueOn)
                    .orElseThrow(() -> new FieldValidationException("dueOn", "Enter the due date as a real date"));
            reports.addAction(user, title, reference, due);
            return "redirect:/feedback/report?added";
        } catch (FieldValidationException invalid) {
            page(user, null, null, model);
            model.addAttribute("actionErrors", invalid.errors());
            model.addAttribute("typedAction", Map.of("title", title == null ? "" : title,
                    "reference", reference == null ? "" : reference, "dueOn", dueOn == null ? "" : dueOn));
            return "feedback/report";
        }
    }

    @PostMapping("/feedback/report/actions/{id}")
    String changeAction(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String status) {
        reports.changeAction(user, id, Forms.choice(BoardReport.ActionStatus.class, status));
        return "redirect:/feedback/report?changed";
    }
}
