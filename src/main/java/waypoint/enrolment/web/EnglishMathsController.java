package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.EnglishMathsAims;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * An apprentice's English and maths study: the qualification chosen for each subject from those the provider
 * delivers, its dates, and its achievement, which the ILR return writes as the English and maths aims
 * (docs/domain/english-and-maths-aims.md).
 */
@Controller
@RequestMapping("/apprenticeships/{id}/english-maths")
class EnglishMathsController {

    /**
     * The choice as typed: the qualification's id and dates like 1/8/2025 (blank: the apprenticeship's). Whether the
     * qualification and dates fit the apprenticeship is its rule.
     */
    record ChoiceForm(
            @Pattern(regexp = "\\s*|\\s*\\p{XDigit}{8}-(\\p{XDigit}{4}-){3}\\p{XDigit}{12}\\s*",
                    message = "Select a qualification from the list") String qualificationId,
            @TypedDate(message = "Enter a real date, like 1/8/2025") String startDate,
            @TypedDate(message = "Enter a real date, like 1/8/2025") String plannedEndDate) {

        UUID qualification() {
            return ActionForm.id(qualificationId);
        }
    }

    /** The day learning ended with the qualification achieved, like 14/3/2026. */
    record AchievedForm(@TypedDate(message = "Enter a real date, like 1/8/2025") String achievedOn) {
    }

    private final EnglishMathsAims aims;
    private final ApprenticeshipQueries queries;
    private final Validator validator;

    EnglishMathsController(EnglishMathsAims aims, ApprenticeshipQueries queries, Validator validator) {
        this.aims = aims;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping
    String overview(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        model.addAttribute("a", queries.view(user, id));
        model.addAttribute("page", aims.page(user, id));
        return "enrolment/english-maths";
    }

    @GetMapping("/{subject}")
    String form(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject, Model model) {
        EnglishMathsAims.Study study = study(user, id, subject(subject));
        return page(user, id, study.subject(), new ChoiceForm(study.chosen() ? study.qualification().id().toString()
                        : "", DateText.typed(study.startDate()), DateText.typed(study.plannedEndDate())),
                new AchievedForm(DateText.typed(study.achievedOn())), model);
    }

    @PostMapping("/{subject}")
    String choose(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject,
            @ModelAttribute("form") ChoiceForm form, BindingResult result, Model model) {
        Subject chosen = subject(subject);
        if (!FormChecks.check(validator, result)) {
            return page(user, id, chosen, form, new AchievedForm(""), model);
        }
        try {
            aims.choose(user, id, chosen, form.qualification(), TypedValues.date(form.startDate()).orElse(null),
                    TypedValues.date(form.plannedEndDate()).orElse(null));
            return "redirect:/apprenticeships/" + id + "/english-maths?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, chosen, form, new AchievedForm(""), model);
        }
    }

    @PostMapping("/{subject}/achieved")
    String achieved(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String subject,
            @ModelAttribute("achieved") AchievedForm form, BindingResult result, Model model) {
        Subject chosen = subject(subject);
        if (FormChecks.check(validator, result)) {
            try {
                aims.recordAchieved(user, id, chosen, TypedValues.date(form.achievedOn()).orElse(null));
                return "redirect:/apprenticeships/" + id + "/english-maths?saved";
            } catch (FieldValidationException invalid) {
                FormErrors.reject(result, invalid);
            }
        }
        EnglishMathsAims.Study study = study(user, id, chosen);
        model.addAttribute("achieved", form);
        return page(user, id, chosen, new ChoiceForm(study.chosen() ? study.qualification().id().toString() : "",
                DateText.typed(study.startDate()), DateText.typed(study.plannedEndDate())), form, model);
    }

    private String page(CurrentUser user, ApprenticeshipId id, Subject subject, ChoiceForm form, AchievedForm achieved,
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

    private EnglishMathsAims.Study study(CurrentUser user, ApprenticeshipId id, Subject subject) {
        return aims.page(user, id).studies().get(subject.ordinal());
    }

    static Subject subject(String typed) {
        return Arrays.stream(Subject.values()).filter(s -> s.name().equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new NotFoundException("English or maths"));
    }
}
