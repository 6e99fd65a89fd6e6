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

import waypoint.catalogue.Ksb;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;

/** An administrator adds the text of a KSB no source gave text for (never the published text of an imported one). */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/ksbs/{code}")
class KsbTextController {

    private final StandardQueries queries;
    private final StandardEditor editor;

    KsbTextController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record KsbTextForm(String lockVersion, String text) {
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
                new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @PathVariable String code, @RequestParam Map<String, String> posted, Model model) {
        KsbTextForm form = new KsbTextForm(posted.get("lockVersion"), posted.get("text"));
        StandardView view = queries.viewForChange(user, reference, version);
        Ksb ksb = ksb(view, code);
        FormErrors errors = new FormErrors();
        String text = errors.text("text", form.text(), 5000, "The text");
        if (text == null && !errors.has("text")) {
            errors.add("text", "Enter the text of " + ksb.code() + " as the standard publishes it");
        }
        if (errors.isEmpty()) {
            Optional<String> saved = errors.saved("text", () -> {
                editor.addKsbText(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), ksb.kind(), ksb.position(), text);
                return EditedSection.KSB_TEXT.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, ksb, form, errors);
    }

    private static Ksb ksb(StandardView view, String code) {
        return view.details().ksb(code).orElseThrow(() -> new NotFoundException("KSB " + code));
    }

    private static String page(Model model, StandardView view, Ksb ksb, KsbTextForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("ksb", ksb);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-ksb-text";
    }
}
