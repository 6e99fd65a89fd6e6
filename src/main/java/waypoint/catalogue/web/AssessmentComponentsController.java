package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;

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
    private final Validator validator;

    AssessmentComponentsController(StandardQueries queries, AssessmentReforms reforms, ReformedPlanEditor editor,
            Validator validator) {
        this.queries = queries;
        this.reforms = reforms;
        this.editor = editor;
        this.validator = validator;
    }

    /** A graded method's component as chosen; its messages name the method where they say "name" in braces. */
    public record ComponentRow(String method,
            @NotBlank(message = WINDOW) @OneOf(value = AssessmentComponent.Window.class, message = WINDOW) String window,
            @NotBlank(message = MARKER) @OneOf(value = AssessmentComponent.Marker.class, message = MARKER)
            String markedBy,
            @NotBlank(message = "Enter the attempts allowed for {name}, for example 2")
            @WholeNumber(what = "The attempts allowed for {name}", min = AssessmentComponent.LEAST_ATTEMPTS,
                    max = AssessmentComponent.MOST_ATTEMPTS) String attemptsAllowed) {

        private static final String WINDOW = "Choose when {name} is taken";
        private static final String MARKER = "Choose who marks {name}";

        String name() {
            return method == null ? "" : method.strip();
        }

        /** The component, once the row is checked. */
        AssessmentComponent component() {
            return new AssessmentComponent(name(), OneOf.Choices.named(AssessmentComponent.Window.class, window),
                    OneOf.Choices.named(AssessmentComponent.Marker.class, markedBy),
                    TypedValues.wholeNumber(attemptsAllowed).orElse(null));
        }
    }

    public record ComponentsForm(List<@Valid ComponentRow> components,
            @Size(max = 2000, message = "The source must be 2000 characters or fewer") String source) {
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
                .orElse("")), Map.of());
    }

    @PostMapping
    String save(CurrentUser user, @PathVariable String reference, @PathVariable String version,
            @RequestParam Map<String, String> posted, Model model) {
        StandardView view = queries.viewForChange(user, reference, version);
        List<ComponentRow> rows = FormRows.read(posted, "components").stream().map(r -> new ComponentRow(
                r.get("method"), r.get("window"), r.get("markedBy"), r.get("attemptsAllowed"))).toList();
        ComponentsForm form = new ComponentsForm(rows, posted.get("source"));
        Map<String, String> errors = FormRows.named(FormRows.problems(validator, form), i -> rows.get(i).name());
        if (errors.isEmpty()) {
            try {
                editor.record(user, view.details().referenceNumber(), view.details().version(),
                        rows.stream().map(ComponentRow::component).toList(),
                        form.source() == null || form.source().isBlank() ? null : form.source().strip());
                return EditedSection.ASSESSMENT_COMPONENTS.redirectTo(view.details().referenceNumber(),
                        view.details().version());
            } catch (CatalogueRuleException e) {
                errors = e.errors();
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

    private static String page(Model model, StandardView view, boolean reformed, ComponentsForm form,
            Map<String, String> errors) {
        model.addAttribute("standard", view.details());
        model.addAttribute("reformed", reformed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("windows", AssessmentComponent.Window.values());
        model.addAttribute("markers", AssessmentComponent.Marker.values());
        return "catalogue/edit-assessment-components";
    }
}
