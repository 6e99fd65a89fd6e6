package waypoint.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.feedback.internal.Charts;
import waypoint.feedback.internal.StepRefusedException;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.Choice;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** Survey templates and results for staff; a survey to answer for the person it was sent to. */
@Controller
class SurveyController {

    static final int QUESTIONS = 6;

    /** The answers to a rating question, 1 (poor) to 5 (excellent). */
    private static final List<Choice> RATINGS = List.of(new Choice("1", "1 (poor)"), new Choice("2", "2"),
            new Choice("3", "3"), new Choice("4", "4"), new Choice("5", "5 (excellent)"));

    private final Surveys surveys;
    private final Validator validator;
    private final Clock clock;

    SurveyController(Surveys surveys, Validator validator, Clock clock) {
        this.surveys = surveys;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/feedback/surveys")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", surveys.templates(user, page));
        model.addAttribute("employerSurvey", surveys.employerSurvey(user));
        return "feedback/surveys";
    }

    @GetMapping("/feedback/surveys/new")
    String newForm(CurrentUser user, Model model) {
        surveys.requireManager(user);
        model.addAttribute("form", SurveyForm.empty());
        return form(model);
    }

    /** The form's own checks and the survey's rules on its questions are shown together. */
    @PostMapping("/feedback/surveys/new")
    String create(CurrentUser user, @ModelAttribute("form") SurveyForm form, BindingResult result, Model model) {
        surveys.requireManager(user);
        FormChecks.check(validator, result);
        try {
            Surveys.checkQuestions(form.questions());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        }
        if (result.hasErrors()) {
            return form(model);
        }
        UUID id = surveys.createTemplate(user, form.name(), form.typedOccasion(), form.typedAnonymous(),
                form.questions());
        return "redirect:/feedback/surveys/" + id;
    }

    private String form(Model model) {
        model.addAttribute("occasions", Choice.of(Surveys.Occasion.values(), Surveys.Occasion::label));
        model.addAttribute("kinds", Surveys.QuestionKind.values());
        model.addAttribute("numbers", java.util.stream.IntStream.rangeClosed(1, QUESTIONS).boxed().toList());
        return "feedback/survey-form";
    }

    @GetMapping("/feedback/surveys/{id}")
    String results(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = DateText.parse(from).orElse(today.minusYears(1).plusDays(1));
        LocalDate end = DateText.parse(to).orElse(today);
        if (end.isBefore(start)) {
            end = start;
        }
        var template = surveys.template(user, id);
        var results = surveys.results(user, id, start, end);
        List<String> charts = results.stream().map(r -> switch (r.question().kind()) {
            case RATING -> Charts.bars("Answers to “" + r.question().text() + "”, by rating", List.of(
                    new Charts.Bar("1 (poor)", r.ratingCounts()[0]), new Charts.Bar("2", r.ratingCounts()[1]),
                    new Charts.Bar("3", r.ratingCounts()[2]), new Charts.Bar("4", r.ratingCounts()[3]),
                    new Charts.Bar("5 (excellent)", r.ratingCounts()[4])));
            case YES_NO -> Charts.bars("Answers to “" + r.question().text() + "”",
                    List.of(new Charts.Bar("Yes", r.yes()), new Charts.Bar("No", r.no())));
            case FREE_TEXT -> "";
        }).toList();
        model.addAttribute("template", template);
        model.addAttribute("results", results);
        model.addAttribute("charts", charts);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("fromText", DateText.typed(start));
        model.addAttribute("toText", DateText.typed(end));
        return "feedback/survey-results";
    }

    @GetMapping("/feedback/surveys/{id}/results.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = DateText.parse(from).orElse(today.minusYears(1).plusDays(1));
        LocalDate end = DateText.parse(to).orElse(today);
        return CsvDownload.of("survey-results-" + start + "-to-" + end + ".csv", surveys.csv(user, id, start, end));
    }

    // --- answering ------------------------------------------------------------------------------------------

    @GetMapping("/surveys/{token}")
    String answerForm(CurrentUser user, @PathVariable String token, Model model) {
        return answerPage(user, token, model, Map.of(), Map.of());
    }

    @PostMapping("/surveys/{token}")
    String answer(CurrentUser user, @PathVariable String token, @RequestParam Map<String, String> fields, Model model) {
        try {
            surveys.answer(user, token, fields);
            return "redirect:/surveys/" + token + "?thanks";
        } catch (FieldValidationException invalid) {
            return answerPage(user, token, model, fields, invalid.errors());
        } catch (StepRefusedException answered) {
            return "redirect:/surveys/" + token + "?thanks";
        }
    }

    private String answerPage(CurrentUser user, String token, Model model, Map<String, String> typed,
            Map<String, String> errors) {
        var invitation = surveys.invitation(user, token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("template", surveys.templateOf(invitation));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("yesNo", Choice.yesNo());
        return "feedback/survey-answer";
    }
}
