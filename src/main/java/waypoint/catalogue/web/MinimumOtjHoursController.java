package waypoint.catalogue.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.catalogue.internal.StandardVersion;
import waypoint.identity.CurrentUser;

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

    MinimumOtjHoursController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record MinimumForm(String lockVersion, String minimumHoursForCompliance) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new MinimumForm(String.valueOf(view.lockVersion()),
                view.details().publishedMinimumOtjHours().map(String::valueOf).orElse("")), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        MinimumForm form = new MinimumForm(posted.get("lockVersion"), posted.get(FIELD));
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        Integer hours = errors.whole(FIELD, form.minimumHoursForCompliance(), StandardVersion.LEAST_MINIMUM_OTJ_HOURS,
                StandardVersion.MOST_MINIMUM_OTJ_HOURS, "The minimum hours");
        if (errors.isEmpty()) {
            Optional<String> saved = errors.saved(FIELD, () -> {
                editor.recordMinimumOtjHours(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), hours);
                return EditedSection.MINIMUM_OTJ_HOURS.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, errors);
    }

    private static String page(Model model, StandardView view, MinimumForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-minimum-otj-hours";
    }
}
