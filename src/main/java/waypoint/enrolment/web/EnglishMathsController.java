package waypoint.enrolment.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.EnglishMathsAims;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * An apprentice's English and maths study: the qualification chosen for each subject from those the provider
 * delivers, its dates, and its achievement, which the ILR return writes as the English and maths aims
 * (docs/domain/english-and-maths-aims.md).
 */
@Controller
@RequestMapping("/apprenticeships/{id}/english-maths")
class EnglishMathsController {

    /** The choice as typed: the qualification's id and dates like 1/8/2025 (blank: the apprenticeship's). */
    record ChoiceForm(String qualificationId, String startDate, String plannedEndDate) {
    }

    record AchievedForm(String achievedOn) {
    }

    private final EnglishMathsAims aims;
    private final ApprenticeshipQueries queries;

    EnglishMathsController(EnglishMathsAims aims, ApprenticeshipQueries queries) {
        this.aims = aims;
        this.queries = queries;
    }

    @GetMapping
    String overview(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("a", queries.view(user, id));
        model.addAttribute("page", aims.page(user, id));
        return "enrolment/english-maths";
    }

    @GetMapping("/{subject}")
    String form(CurrentUser user, @PathVariable UUID id, @PathVariable String subject, Model model) {
        EnglishMathsAims.Study study = study(user, id, subject(subject));
        return page(user, id, study.subject(), new ChoiceForm(study.chosen() ? study.qualification().id().toString()
                        : "", DateText.typed(study.startDate()), DateText.typed(study.plannedEndDate())),
                new AchievedForm(DateText.typed(study.achievedOn())), model);
    }

    @PostMapping("/{subject}")
    String choose(CurrentUser user, @PathVariable UUID id, @PathVariable String subject,
            @ModelAttribute("form") ChoiceForm form, BindingResult result, Model model) {
        Subject chosen = subject(subject);
        try {
            UUID qualification = form.qualificationId() == null || form.qualificationId().isBlank() ? null
                    : parseId(form.qualificationId());
            aims.choose(user, id, chosen, qualification, date("startDate", form.startDate()),
                    date("plannedEndDate", form.plannedEndDate()));
            return "redirect:/apprenticeships/" + id + "/english-maths?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, chosen, form, new AchievedForm(""), model);
        }
    }

    @PostMapping("/{subject}/achieved")
    String achieved(CurrentUser user, @PathVariable UUID id, @PathVariable String subject,
            @ModelAttribute("achieved") AchievedForm form, BindingResult result, Model model) {
        Subject chosen = subject(subject);
        try {
            LocalDate on = date("achievedOn", form.achievedOn());
            aims.recordAchieved(user, id, chosen, on);
            return "redirect:/apprenticeships/" + id + "/english-maths?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            EnglishMathsAims.Study study = study(user, id, chosen);
            model.addAttribute("achieved", form);
            return page(user, id, chosen, new ChoiceForm(study.chosen() ? study.qualification().id().toString() : "",
                    DateText.typed(study.startDate()), DateText.typed(study.plannedEndDate())), form, model);
        }
    }

    private String page(CurrentUser user, UUID id, Subject subject, ChoiceForm form, AchievedForm achieved,
            Model model) {
        EnglishMathsAims.Page page = aims.page(user, id);
        if (!page.mayChoose()) {
            throw new org.springframework.security.access.AccessDeniedException("Only staff working on this"
                    + " apprenticeship, and the data officer, choose its English and maths qualifications");
        }
        model.addAttribute("a", queries.view(user, id));
        model.addAttribute("study", page.studies().get(subject.ordinal()));
        model.addAttribute("subjectPath", subject.name().toLowerCase(Locale.ROOT));
        model.addAttribute("choices", page.qualifications().stream().filter(q -> q.subject() == subject).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("achieved")) {
            model.addAttribute("achieved", achieved);
        }
        return "enrolment/english-maths-form";
    }

    private EnglishMathsAims.Study study(CurrentUser user, UUID id, Subject subject) {
        return aims.page(user, id).studies().get(subject.ordinal());
    }

    static Subject subject(String typed) {
        return Arrays.stream(Subject.values()).filter(s -> s.name().equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new NotFoundException("English or maths"));
    }

    private static UUID parseId(String typed) {
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException("qualificationId", "Select a qualification from the list");
        }
    }

    private static LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return DateText.parse(typed).orElseThrow(() -> new FieldValidationException(field,
                "Enter a real date, like 1/8/2025"));
    }
}
