package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import waypoint.shared.web.FieldValidationException;

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

    ReformedPlanApi(StandardQueries queries, AssessmentReforms reforms, ReformedPlanEditor editor) {
        this.queries = queries;
        this.reforms = reforms;
        this.editor = editor;
    }

    /** {@code window}: ON_PROGRAMME or AFTER_GATEWAY; {@code markedBy}: PROVIDER or ASSESSMENT_ORGANISATION. */
    record Component(String method, String window, String markedBy, Integer attemptsAllowed) {
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

    record PlanRequest(List<Component> components, String source) {
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
        Map<String, String> errors = new LinkedHashMap<>();
        List<AssessmentComponent> components = new ArrayList<>();
        List<Component> sent = body == null || body.components() == null ? List.of() : body.components();
        for (int i = 0; i < sent.size(); i++) {
            Component c = sent.get(i);
            String field = "components[" + i + "].";
            AssessmentComponent.Window window = choice(AssessmentComponent.Window.values(), c.window());
            AssessmentComponent.Marker marker = choice(AssessmentComponent.Marker.values(), c.markedBy());
            if (window == null) {
                errors.put(field + "window", "Send ON_PROGRAMME or AFTER_GATEWAY");
            }
            if (marker == null) {
                errors.put(field + "markedBy", "Send PROVIDER or ASSESSMENT_ORGANISATION");
            }
            components.add(new AssessmentComponent(c.method() == null ? "" : c.method().strip(), window, marker,
                    c.attemptsAllowed() == null ? 0 : c.attemptsAllowed()));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        editor.record(user, details.referenceNumber(), details.version(), components,
                body == null ? null : body.source());
        return plan(user, referenceNumber, version);
    }

    @DeleteMapping
    @Operation(summary = "Take a standard version back to the end-point assessment (administrators)")
    Plan remove(CurrentUser user, @PathVariable String referenceNumber, @PathVariable String version) {
        StandardDetails details = queries.viewForChange(user, referenceNumber, version).details();
        editor.withdraw(user, details.referenceNumber(), details.version());
        return plan(user, referenceNumber, version);
    }

    private static <E extends Enum<E>> E choice(E[] values, String sent) {
        return Arrays.stream(values).filter(v -> v.name().equals(sent == null ? "" : sent.strip())).findFirst()
                .orElse(null);
    }
}
