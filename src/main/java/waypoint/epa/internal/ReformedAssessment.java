package waypoint.epa.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.ReformedPlan;
import waypoint.epa.internal.EpaStore.Result;

/**
 * One apprentice's apprenticeship assessment under a reformed plan (docs/domain/assessment-reform.md): each
 * component's progress, and the overall grade, which exists only when every component has a final grade (passed, or
 * failed with no attempts left) and is read from the standard version's grading table as the end-point assessment's
 * is.
 */
public record ReformedAssessment(ReformedPlan plan, GradingScheme scheme, List<ComponentProgress> components) {

    public ReformedAssessment {
        components = List.copyOf(components);
    }

    static ReformedAssessment of(ReformedPlan plan, GradingScheme scheme, List<Result> results, boolean gatewayPassed) {
        List<ComponentProgress> components = new ArrayList<>();
        for (AssessmentComponent c : plan.components()) {
            List<String> grades = scheme.components().stream().filter(g -> g.name().equals(c.method()))
                    .map(GradedComponent::grades).findFirst().orElse(List.of());
            components.add(new ComponentProgress(c, grades, results.stream()
                    .filter(r -> r.component().equals(c.method())).toList(), gatewayPassed));
        }
        return new ReformedAssessment(plan, scheme, components);
    }

    public Optional<ComponentProgress> component(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return components.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The components still without a final grade, by name. */
    public List<String> missing() {
        return components.stream().filter(c -> c.finalGrade().isEmpty()).map(ComponentProgress::name).toList();
    }

    /** The overall grade: none while any component lacks a final grade. */
    public Optional<String> overall() {
        if (!missing().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> grades = new LinkedHashMap<>();
        components.forEach(c -> grades.put(c.name(), c.finalGrade().orElseThrow()));
        return OverallGrade.of(scheme, grades);
    }

    /** The same assessment with the latest attempt at {@code component} regraded (an upheld appeal's revised grade). */
    ReformedAssessment revised(String component, String grade) {
        return new ReformedAssessment(plan, scheme, components.stream().map(c -> {
            if (!c.name().equals(component) || c.latest().isEmpty()) {
                return c;
            }
            List<Result> attempts = new ArrayList<>(c.attempts());
            Result last = attempts.remove(attempts.size() - 1);
            attempts.add(new Result(last.id(), last.component(), grade, last.attempt(), last.assessedOn(),
                    last.recordedAt(), last.grade(), last.bookingId(), last.markedBy(), last.markerName()));
            return new ComponentProgress(c.component(), c.grades(), attempts, c.gatewayPassed());
        }).toList());
    }

    /** The same assessment with one more attempt at one component. */
    ReformedAssessment with(String component, Result attempt) {
        return new ReformedAssessment(plan, scheme, components.stream()
                .map(c -> c.name().equals(component) ? c.with(attempt) : c).toList());
    }
}
