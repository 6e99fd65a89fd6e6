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
 * An administrator records a standard version's LARS code, the standard code the ILR return carries for its
 * apprentices (docs/domain/ilr.md), where no file gave it.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/lars-code")
class LarsCodeController {

    static final String FIELD = "larsCode";

    private final StandardQueries queries;
    private final StandardEditor editor;

    LarsCodeController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record LarsCodeForm(String lockVersion, String larsCode) {
    }

    /** The code typed, or a field error: required, and a whole number from 1 to 99,999. */
    static Integer parse(FormErrors errors, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.add(FIELD, "Enter the LARS code, a whole number like 283");
            return null;
        }
        return errors.whole(FIELD, typed, StandardVersion.LEAST_LARS_CODE, StandardVersion.MOST_LARS_CODE,
                "The LARS code");
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new LarsCodeForm(String.valueOf(view.lockVersion()),
                view.details().larsCode().map(String::valueOf).orElse("")), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        LarsCodeForm form = new LarsCodeForm(posted.get("lockVersion"), posted.get(FIELD));
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        Integer code = parse(errors, form.larsCode());
        if (errors.isEmpty()) {
            Optional<String> saved = errors.saved(FIELD, () -> {
                editor.recordLarsCode(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), code);
                return EditedSection.LARS_CODE.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, errors);
    }

    private static String page(Model model, StandardView view, LarsCodeForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-lars-code";
    }
}
