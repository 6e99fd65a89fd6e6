package waypoint.feedback.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.feedback.internal.BoardReport;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

@RestController
@Tag(name = "Feedback surveys and Board report", description = "Satisfaction surveys, their results, and the Board report")
class SurveysApi {

    private final Surveys surveys;
    private final BoardReport reports;
    private final Validator validator;
    private final Clock clock;

    SurveysApi(Surveys surveys, BoardReport reports, Validator validator, Clock clock) {
        this.surveys = surveys;
        this.reports = reports;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/api/v1/feedback/surveys")
    PageOf<Surveys.Template> list(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        return surveys.templates(user, page);
    }

    /** A new survey: the same checks as the page's form ({@link SurveyForm}), the questions as a list. */
    record NewTemplate(
            @NotBlank(message = SurveyForm.NAME) @Size(max = 200, message = SurveyForm.NAME_LENGTH) String name,
            @NotNull(message = SurveyForm.OCCASION) Surveys.Occasion occasion, boolean anonymous,
            List<Surveys.NewQuestion> questions) {
    }

    @PostMapping("/api/v1/feedback/surveys")
    ResponseEntity<Surveys.Template> create(CurrentUser user, @RequestBody NewTemplate body) {
        surveys.requireManager(user);
        FormChecks.require(validator, body);
        UUID id = surveys.createTemplate(user, body.name(), body.occasion(), body.anonymous(),
                body.questions() == null ? List.of() : body.questions());
        return ResponseEntity.created(URI.create("/api/v1/feedback/surveys/" + id)).body(surveys.template(user, id));
    }

    @GetMapping("/api/v1/feedback/surveys/{id}")
    Surveys.Template get(CurrentUser user, @PathVariable UUID id) {
        return surveys.template(user, id);
    }

    @GetMapping("/api/v1/feedback/surveys/{id}/results")
    List<Surveys.QuestionResult> results(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return surveys.results(user, id, from == null ? today.minusYears(1).plusDays(1) : from, to == null ? today : to);
    }

    @PostMapping("/api/v1/surveys/{token}/answers")
    @Operation(summary = "Answer a survey sent to you", description = "Answers keyed 'q-<question id>': a rating 1 to 5, yes or no, or text.")
    ResponseEntity<Void> answer(CurrentUser user, @PathVariable String token, @RequestBody Map<String, String> answers) {
        surveys.answer(user, token, answers);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/feedback/report")
    BoardReport.Report report(CurrentUser user, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return reports.report(user, from == null ? today.minusYears(1).plusDays(1) : from, to == null ? today : to);
    }

    /** A new improvement action: the same checks as the report page's form ({@link ReportForms.ActionForm}). */
    record NewAction(
            @NotBlank(message = ReportForms.TITLE) @Size(max = 300, message = ReportForms.TITLE_LENGTH) String title,
            String reference, LocalDate dueOn) {
    }

    @PostMapping("/api/v1/feedback/report/actions")
    ResponseEntity<Map<String, UUID>> addAction(CurrentUser user, @RequestBody NewAction body) {
        reports.requireMayKeepActions(user);
        FormChecks.require(validator, body);
        UUID id = reports.addAction(user, body.title(), body.reference(), body.dueOn());
        return ResponseEntity.status(201).body(Map.of("id", id));
    }
}
