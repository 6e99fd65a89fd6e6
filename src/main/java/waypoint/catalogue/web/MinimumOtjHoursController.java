package waypoint.catalogue.web;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

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
 * An administrator records a standard version's minimum off-the-job hours for compliance, the funding minimum for
 * starts from 1 August 2025 (docs/domain/off-the-job-hours.md). Left empty, it is not recorded: unknown, never zero.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/minimum-otj-hours")
class MinimumOtjHoursController {

    static final String FIELD = "minimumHoursForCompliance";

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    MinimumOtjHoursController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** The hours as typed; blank clears them. */
    public record MinimumForm(String lockVersion,
            @WholeNumber(what = "The minimum hours", min = StandardVersion.LEAST_MINIMUM_OTJ_HOURS,
                    max = StandardVersion.MOST_MINIMUM_OTJ_HOURS) String minimumHoursForCompliance) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new MinimumForm(String.valueOf(view.lockVersion()),
                view.details().publishedMinimumOtjHours().map(String::valueOf).orElse("")), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @ModelAttribute("form") MinimumForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, FIELD, () -> {
                editor.recordMinimumOtjHours(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()),
                        TypedValues.wholeNumber(form.minimumHoursForCompliance()).orElse(null));
                return EditedSection.MINIMUM_OTJ_HOURS.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, FormErrors.messages(result));
    }

    private static String page(Model model, StandardView view, MinimumForm form, Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-minimum-otj-hours";
    }
}
