package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.AssessmentReforms;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.ReformedPlan;
import waypoint.catalogue.internal.CatalogueRuleException;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardQueries.StandardView;
import waypoint.identity.CurrentUser;

/**
 * An administrator records that a standard version is assessed under the assessment reform: one row per graded
 * assessment method, saying when it is taken, who marks it and the attempts allowed (docs/domain/assessment-reform.md);
 * or takes the version back to the end-point assessment.
 */
@Controller
@RequestMapping("/standards/{reference}/versions/{version}/assessment-components")
class AssessmentComponentsController {

    private final StandardQueries queries;
    private final AssessmentReforms reforms;
    private final ReformedPlanEditor editor;

    AssessmentComponentsController(StandardQueries queries, AssessmentReforms reforms, ReformedPlanEditor editor) {
        this.queries = queries;
        this.reforms = reforms;
        this.editor = editor;
    }

    public record ComponentRow(String method, String window, String markedBy, String attemptsAllowed) {
    }

    public record ComponentsForm(List<ComponentRow> components, String source) {
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable String reference, @PathVariable String version, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        Optional<ReformedPlan> plan = reforms.of(view.details().id());
        List<ComponentRow> rows = new ArrayList<>();
        for (EpaMethod m : view.details().epaMethods().stream().filter(EpaMethod::isGraded).toList()) {
            Optional<AssessmentComponent> c = plan.flatMap(p -> p.component(m.name()));
            rows.add(new ComponentRow(m.name(), c.map(x -> x.window().name()).orElse(""),
                    c.map(x -> x.markedBy().name()).orElse(""), c.map(x -> String.valueOf(x.attemptsAllowed()))
                            .orElse("")));
        }
        return page(model, view, plan.isPresent(), new ComponentsForm(rows, plan.flatMap(ReformedPlan::source)
                .orElse("")), new FormErrors());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<ComponentRow> rows = FormRows.read(posted, "components").stream().map(r -> new ComponentRow(
                r.get("method"), r.get("window"), r.get("markedBy"), r.get("attemptsAllowed"))).toList();
        ComponentsForm form = new ComponentsForm(rows, posted.get("source"));
        FormErrors errors = new FormErrors();
        List<AssessmentComponent> components = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ComponentRow row = rows.get(i);
            String field = "components[" + i + "].";
            String name = row.method() == null ? "" : row.method().strip();
            AssessmentComponent.Window window = choice(AssessmentComponent.Window.values(), row.window());
            if (window == null) {
                errors.add(field + "window", "Choose when " + name + " is taken");
            }
            AssessmentComponent.Marker marker = choice(AssessmentComponent.Marker.values(), row.markedBy());
            if (marker == null) {
                errors.add(field + "markedBy", "Choose who marks " + name);
            }
            Integer attempts = errors.whole(field + "attemptsAllowed", row.attemptsAllowed(),
                    AssessmentComponent.LEAST_ATTEMPTS, AssessmentComponent.MOST_ATTEMPTS,
                    "The attempts allowed for " + name);
            if (attempts == null && !errors.has(field + "attemptsAllowed")) {
                errors.add(field + "attemptsAllowed", "Enter the attempts allowed for " + name + ", for example 2");
            }
            components.add(new AssessmentComponent(name, window, marker, attempts == null ? 0 : attempts));
        }
        String source = errors.text("source", form.source(), 2000, "The source");
        if (errors.isEmpty()) {
            try {
                editor.record(user, view.details().referenceNumber(), view.details().version(), components, source);
                return EditedSection.ASSESSMENT_COMPONENTS.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            } catch (CatalogueRuleException e) {
                errors.addAll(e.errors());
            }
        }
        return page(model, view, reforms.of(view.details().id()).isPresent(), form, errors);
    }

    @PostMapping("/remove")
    String remove(CurrentUser user, @PathVariable String reference, @PathVariable String version) {
        StandardView view = queries.viewForChange(user, reference, version);
        editor.withdraw(user, view.details().referenceNumber(), view.details().version());
        return EditedSection.ASSESSMENT_COMPONENTS.redirectTo(view.details().referenceNumber(),
                view.details().version());
    }

    private static <E extends Enum<E>> E choice(E[] values, String typed) {
        return Arrays.stream(values).filter(v -> v.name().equals(typed == null ? "" : typed.strip())).findFirst()
                .orElse(null);
    }

    private static String page(Model model, StandardView view, boolean reformed, ComponentsForm form,
            FormErrors errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("reformed", reformed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField());
        model.addAttribute("windows", AssessmentComponent.Window.values());
        model.addAttribute("markers", AssessmentComponent.Marker.values());
        return "catalogue/edit-assessment-components";
    }
}
