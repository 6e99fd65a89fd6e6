package waypoint.catalogue.web;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.rules.ProgrammeType;

/**
 * An administrator records a standard version's programme type: an apprenticeship standard, a foundation
 * apprenticeship or an apprenticeship unit (docs/domain/programme-types.md). The change is audited.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/programme-type")
class ProgrammeTypeController {

    static final String FIELD = "programmeType";

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    ProgrammeTypeController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** The type chosen, by its name. */
    public record ProgrammeTypeForm(String lockVersion,
            @NotBlank(message = CHOOSE) @OneOf(value = ProgrammeType.class, message = CHOOSE) String programmeType) {

        private static final String CHOOSE = "Choose the programme type";
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new ProgrammeTypeForm(String.valueOf(view.lockVersion()),
                view.details().programmeType().name()), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @ModelAttribute("form") ProgrammeTypeForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, FIELD, () -> {
                editor.recordProgrammeType(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        OneOf.Choices.named(ProgrammeType.class, form.programmeType()));
                return EditedSection.PROGRAMME_TYPE.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, FormErrors.messages(result));
    }

    private static String page(Model model, StandardView view, ProgrammeTypeForm form, Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ProgrammeType.values());
        return "catalogue/edit-programme-type";
    }
}
