package waypoint.catalogue.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.EnglishMathsQualifications.NewQualification;
import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * The English and maths qualifications the provider delivers: staff read the list; an administrator records each
 * once, with its learning aim reference (docs/domain/english-and-maths-aims.md).
 */
@Controller
@RequestMapping("/english-maths-qualifications")
class EnglishMathsQualificationsController {

    /** A choice of a select: the value sent and the words shown. */
    record Choice(String value, String text) {
    }

    private final EnglishMathsQualifications qualifications;
    private final CataloguePolicy policy;
    private final Validator validator;

    EnglishMathsQualificationsController(EnglishMathsQualifications qualifications, CataloguePolicy policy,
            Validator validator) {
        this.qualifications = qualifications;
        this.policy = policy;
        this.validator = validator;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        return page(user, new NewQualification(null, null, null, null, null, null), model);
    }

    @PostMapping
    String add(CurrentUser user, @ModelAttribute("form") NewQualification form, BindingResult result, Model model) {
        policy.requireChange(user);
        try {
            if (FormChecks.check(validator, result)) {
                qualifications.record(user, form);
                return "redirect:/english-maths-qualifications?saved";
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        }
        return page(user, form, model);
    }

    private String page(CurrentUser user, NewQualification form, Model model) {
        model.addAttribute("qualifications", qualifications.list(user));
        model.addAttribute("mayAdd", policy.canChange(user));
        model.addAttribute("form", form);
        model.addAttribute("subjects", Arrays.stream(EnglishMathsQualification.Subject.values())
                .map(s -> new Choice(s.name(), s == EnglishMathsQualification.Subject.ENGLISH ? "English" : "Maths"))
                .toList());
        model.addAttribute("levels", choices(EnglishMathsQualification.Level.values()));
        model.addAttribute("kinds", Arrays.stream(EnglishMathsQualification.Kind.values())
                .map(k -> new Choice(k.name(), k.label())).toList());
        return "catalogue/english-maths-qualifications";
    }

    private static List<Choice> choices(EnglishMathsQualification.Level[] levels) {
        return Arrays.stream(levels).map(l -> new Choice(l.name(), l.label())).toList();
    }
}
