package waypoint.catalogue.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;

/** An administrator sets the default delivery cadence of a standard version. */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/cadence")
class CadenceController {

    private final StandardQueries queries;
    private final StandardEditor editor;

    CadenceController(StandardQueries queries, StandardEditor editor) {
        this.queries = queries;
        this.editor = editor;
    }

    public record CadenceForm(String lockVersion, String maxWeeksBetweenSessions, String minSessionsPerMonth,
            String maxSessionsPerMonth, String source) {

        static CadenceForm of(Map<String, String> posted) {
            return new CadenceForm(posted.get("lockVersion"), posted.get("maxWeeksBetweenSessions"),
                    posted.get("minSessionsPerMonth"), posted.get("maxSessionsPerMonth"), posted.get("source"));
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
        return page(model, view, form, new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        CadenceForm form = CadenceForm.of(posted);
        StandardView view = queries.viewForChange(user, reference, version);
        FormErrors errors = new FormErrors();
        Integer weeks = errors.whole("maxWeeksBetweenSessions", form.maxWeeksBetweenSessions(), 1, 52,
                "The most weeks between sessions");
        Integer min = errors.whole("minSessionsPerMonth", form.minSessionsPerMonth(), 1, 31, "The fewest sessions a month");
        Integer max = errors.whole("maxSessionsPerMonth", form.maxSessionsPerMonth(), 1, 31, "The most sessions a month");
        String source = errors.text("source", form.source(), 2000, "The source");
        if (errors.isEmpty()) {
            Map<String, String> problems = DeliveryCadence.problems(weeks, min, max);
            errors.addAll(problems);
        }
        if (errors.isEmpty()) {
            try {
                editor.changeCadence(user, view.details().referenceNumber(), view.details().version(),
                        FormErrors.lockVersion(form.lockVersion()), new DeliveryCadence(Optional.ofNullable(weeks),
                                Optional.ofNullable(min), Optional.ofNullable(max), Optional.ofNullable(source)));
                return EditedSection.CADENCE.redirectTo(view.details().referenceNumber(), view.details().version());
            } catch (OptimisticLockingFailureException e) {
                errors.add("maxWeeksBetweenSessions", EpaMethodsController.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        return page(model, view, form, errors);
    }

    private static String page(Model model, StandardView view, CadenceForm form, FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalogue/edit-cadence";
    }
}
