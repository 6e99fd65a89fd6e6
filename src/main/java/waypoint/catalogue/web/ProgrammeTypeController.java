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
import waypoint.identity.CurrentUser;
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

    ProgrammeTypeController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record ProgrammeTypeForm(String lockVersion, String programmeType) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        return page(model, view, new ProgrammeTypeForm(String.valueOf(view.lockVersion()),
                view.details().programmeType().name()), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        ProgrammeTypeForm form = new ProgrammeTypeForm(posted.get("lockVersion"), posted.get(FIELD));
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        Optional<ProgrammeType> type = ProgrammeType.parse(form.programmeType());
        if (type.isEmpty()) {
            errors.add(FIELD, "Choose the programme type");
        } else {
            Optional<String> saved = errors.saved(FIELD, () -> {
                editor.recordProgrammeType(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), type.get());
                return EditedSection.PROGRAMME_TYPE.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, errors);
    }

    private static String page(Model model, StandardView view, ProgrammeTypeForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ProgrammeType.values());
        return "catalogue/edit-programme-type";
    }
}
