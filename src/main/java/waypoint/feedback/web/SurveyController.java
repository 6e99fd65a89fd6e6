package waypoint.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.feedback.internal.Charts;
import waypoint.feedback.internal.StepRefusedException;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/** Survey templates and results for staff; a survey to answer for the person it was sent to. */
@Controller
class SurveyController {

    static final int QUESTIONS = 6;

    private final Surveys surveys;
    private final Clock clock;

    SurveyController(Surveys surveys, Clock clock) {
        this.surveys = surveys;
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
        surveys.templates(user, 0);
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/feedback/surveys/new")
    String create(CurrentUser user, @RequestParam Map<String, String> fields, Model model) {
        List<Surveys.NewQuestion> questions = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS; i++) {
            questions.add(new Surveys.NewQuestion(Forms.choice(Surveys.QuestionKind.class, fields.get("kind" + i)),
                    fields.get("question" + i)));
        }
        try {
            UUID id = surveys.createTemplate(user, fields.get("name"),
                    Forms.choice(Surveys.Occasion.class, fields.get("occasion")), Forms.yes(fields.get("anonymous")),
                    questions);
            return "redirect:/feedback/surveys/" + id;
        } catch (FieldValidationException invalid) {
            return form(model, fields, invalid.errors());
        }
    }

    private String form(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("occasions", Surveys.Occasion.values());
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
        return "feedback/survey-answer";
    }
}
