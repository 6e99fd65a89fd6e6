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

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** An administrator sets the default delivery cadence of a standard version. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/cadence")
class CadenceController {

    private final StandardQueries queries;
    private final StandardEditor editor;
    private final Validator validator;

    CadenceController(StandardQueries queries, StandardEditor editor, Validator validator) {
        this.queries = queries;
        this.editor = editor;
        this.validator = validator;
    }

    /**
     * The cadence as typed, each part optional; whether enough is given and the fewest sessions are no more than the
     * most is the cadence's own rule ({@link DeliveryCadence#problems}), checked when it is saved.
     */
    public record CadenceForm(String lockVersion,
            @WholeNumber(what = "The most weeks between sessions", min = 1, max = 52) String maxWeeksBetweenSessions,
            @WholeNumber(what = "The fewest sessions a month", min = 1, max = 31) String minSessionsPerMonth,
            @WholeNumber(what = "The most sessions a month", min = 1, max = 31) String maxSessionsPerMonth,
            @Size(max = 2000, message = "The source must be 2000 characters or fewer") String source) {

        DeliveryCadence cadence() {
            return new DeliveryCadence(TypedValues.wholeNumber(maxWeeksBetweenSessions),
                    TypedValues.wholeNumber(minSessionsPerMonth),
                    TypedValues.wholeNumber(maxSessionsPerMonth),
                    Optional.ofNullable(source).map(String::strip).filter(text -> !text.isEmpty()));
        }
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        Optional<DeliveryCadence> cadence = view.details().deliveryCadence();
        CadenceForm form = new CadenceForm(String.valueOf(view.lockVersion()),
                cadence.flatMap(DeliveryCadence::maxWeeksBetweenSessions).map(String::valueOf).orElse(""),
                cadence.flatMap(DeliveryCadence::minSessionsPerMonth).map(String::valueOf).orElse(""),
                cadence.flatMap(DeliveryCadence::maxSessionsPerMonth).map(String::valueOf).orElse(""),
                cadence.flatMap(DeliveryCadence::source).orElse(""));
        return page(model, view, form, Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @ModelAttribute("form") CadenceForm form, BindingResult result, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        if (FormChecks.check(validator, result)) {
            Optional<String> saved = StandardEdits.saved(result, "maxWeeksBetweenSessions", () -> {
                editor.changeCadence(user, view.details().referenceNumber(), view.details().version(),
                        StandardEdits.lockVersion(form.lockVersion()), form.cadence());
                return EditedSection.CADENCE.redirectTo(view.details().referenceNumber(), view.details().version());
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return page(model, view, form, FormErrors.messages(result));
    }

    private static String page(Model model, StandardView view, CadenceForm form, Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-cadence";
    }
}
