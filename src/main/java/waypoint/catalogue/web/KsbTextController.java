package waypoint.catalogue.web;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.catalogue.Ksb;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** An administrator adds the text of a KSB no source gave text for (never the published text of an imported one). */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/ksbs/{code}")
class KsbTextController {

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    KsbTextController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /** The text as typed; that it is given is the KSB's rule, whose message names it. */
    public record KsbTextForm(String lockVersion,
            @Size(max = 5000, message = "The text must be 5000 characters or fewer") String text) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @PathVariable String code, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        Ksb ksb = ksb(view, code);
        if (ksb.hasText() && !ksb.textAddedByAdministrator()) {
            return "redirect:/standards/" + view.details().referenceNumber() + "?version=" + view.details().version() + "#ksbs";
        }
        return page(model, view, ksb, new KsbTextForm(String.valueOf(view.lockVersion()), ksb.text().orElse("")),
                Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @PathVariable String code, @ModelAttribute("form") KsbTextForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        Ksb ksb = ksb(view, code);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, "text", () -> {
                editor.addKsbText(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()), ksb.kind(), ksb.position(),
                        form.text() == null ? null : form.text().strip());
                return EditedSection.KSB_TEXT.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, ksb, form, FormErrors.messages(result));
    }

    private static Ksb ksb(StandardView view, String code) {
        return view.details().ksb(code).orElseThrow(() -> new NotFoundException("KSB " + code));
    }

    private static String page(Model model, StandardView view, Ksb ksb, KsbTextForm form,
            Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("ksb", ksb);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-ksb-text";
    }
}
