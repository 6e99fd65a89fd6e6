package waypoint.catalogue.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.AssessmentReforms;
import waypoint.catalogue.ReformedPlan;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.FormChecks;

/**
 * A standard version's reformed assessment plan over HTTP (docs/domain/assessment-reform.md): staff read it,
 * administrators record or remove it, with the same rules as the page (400 with the field of each problem).
 */
@RestController
@RequestMapping("/api/v1/standards/{referenceNumber}/versions/{version}/assessment-components")
class ReformedPlanApi {

    private final StandardQueries queries;
    private final AssessmentReforms reforms;
    private final ReformedPlanEditor editor;
    private final Validator validator;

    ReformedPlanApi(StandardQueries queries, AssessmentReforms reforms, ReformedPlanEditor editor,
            Validator validator) {
        this.queries = queries;
        this.reforms = reforms;
        this.editor = editor;
        this.validator = validator;
    }

    /** {@code window}: ON_PROGRAMME or AFTER_GATEWAY; {@code markedBy}: PROVIDER or ASSESSMENT_ORGANISATION. */
    record Component(String method,
            @NotBlank(message = Component.WINDOW)
            @OneOf(value = AssessmentComponent.Window.class, message = Component.WINDOW) String window,
            @NotBlank(message = Component.MARKER)
            @OneOf(value = AssessmentComponent.Marker.class, message = Component.MARKER) String markedBy,
            Integer attemptsAllowed) {

        static final String WINDOW = "Send ON_PROGRAMME or AFTER_GATEWAY";
        static final String MARKER = "Send PROVIDER or ASSESSMENT_ORGANISATION";

        /** The component as sent, once checked: what the plan's own rules (attempts, methods) then judge. */
        AssessmentComponent sent() {
            return new AssessmentComponent(method == null ? "" : method.strip(),
                    OneOf.Choices.named(AssessmentComponent.Window.class, window),
                    OneOf.Choices.named(AssessmentComponent.Marker.class, markedBy),
                    attemptsAllowed == null ? 0 : attemptsAllowed);
        }
    }

    /** {@code reformed} false (no components) while the version keeps the end-point assessment. */
    record Plan(String referenceNumber, String version, boolean reformed, List<Component> components,
            @JsonInclude(JsonInclude.Include.ALWAYS) String source) {

        static Plan of(StandardDetails details, Optional<ReformedPlan> plan) {
            return new Plan(details.referenceNumber(), details.version(), plan.isPresent(), plan.map(p -> p
                    .components().stream().map(c -> new Component(c.method(), c.window().name(), c.markedBy().name(),
                            c.attemptsAllowed())).toList()).orElse(List.of()),
                    plan.flatMap(ReformedPlan::source).orElse(null));
        }
    }

    record PlanRequest(List<@Valid Component> components, String source) {
    }

    @GetMapping
    @Operation(summary = "A standard version's reformed assessment plan: its components, or none")
    Plan plan(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version) {
        StandardDetails details = queries.view(user, referenceNumber, Optional.of(version)).details();
        return Plan.of(details, reforms.of(details.id()));
    }

    @PutMapping
    @Operation(summary = "Record a standard version's reformed assessment plan (administrators)",
            description = "One component per graded assessment method: window ON_PROGRAMME or AFTER_GATEWAY, markedBy "
                    + "PROVIDER or ASSESSMENT_ORGANISATION, attemptsAllowed 1 to 5; at least one after the gateway to "
                    + "completion. Kept in the audit trail.")
    Plan record(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version,
            @RequestBody(required = false) PlanRequest body) {
        StandardDetails details = queries.viewForChange(user, referenceNumber, version).details();
        PlanRequest plan = body == null ? new PlanRequest(List.of(), null) : body;
        FormChecks.require(validator, plan);
        List<Component> sent = plan.components() == null ? List.of() : plan.components();
        editor.record(user, details.referenceNumber(), details.version(), sent.stream().map(Component::sent).toList(),
                plan.source());
        return plan(user, referenceNumber, version);
    }

    @DeleteMapping
    @Operation(summary = "Take a standard version back to the end-point assessment (administrators)")
    Plan remove(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version) {
        StandardDetails details = queries.viewForChange(user, referenceNumber, version).details();
        editor.withdraw(user, details.referenceNumber(), details.version());
        return plan(user, referenceNumber, version);
    }
}
