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
import waypoint.catalogue.internal.StandardVersion;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * An administrator records a standard version's LARS code, the standard code the ILR return carries for its
 * apprentices (docs/domain/ilr.md), where no file gave it.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/lars-code")
class LarsCodeController {

    static final String FIELD = "larsCode";
    static final String ENTER = "Enter the LARS code, a whole number like 283";
    static final String WHAT = "The LARS code";

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    LarsCodeController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** The code as typed: required, and a whole number from 1 to 99999. */
    public record LarsCodeForm(String lockVersion,
            @NotBlank(message = ENTER)
            @WholeNumber(what = WHAT, min = StandardVersion.LEAST_LARS_CODE,
                    max = StandardVersion.MOST_LARS_CODE) String larsCode) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new LarsCodeForm(String.valueOf(view.lockVersion()),
                view.details().larsCode().map(String::valueOf).orElse("")), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @ModelAttribute("form") LarsCodeForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, FIELD, () -> {
                editor.recordLarsCode(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        TypedValues.wholeNumber(form.larsCode()).orElse(null));
                return EditedSection.LARS_CODE.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, FormErrors.messages(result));
    }

    private static String page(Model model, StandardView view, LarsCodeForm form, Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-lars-code";
    }
}
