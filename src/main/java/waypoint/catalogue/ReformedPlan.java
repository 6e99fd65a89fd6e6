package waypoint.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard version's assessment plan under the assessment reform (docs/domain/assessment-reform.md): the
 * apprenticeship assessment is made of components, one per graded assessment method, each taken during the programme
 * or after the gateway to completion, marked by the provider or the assessment organisation, with the attempts it
 * allows. The overall grade comes from every component's grade through the version's own grading table. A version
 * without one keeps the end-point assessment as it always worked. {@code source} says where the plan was read.
 */
public record ReformedPlan(List<AssessmentComponent> components, Optional<String> source) {

    public ReformedPlan {
        components = List.copyOf(components);
    }

    public Optional<AssessmentComponent> component(String method) {
        if (method == null) {
            return Optional.empty();
        }
        return components.stream().filter(c -> c.method().equalsIgnoreCase(method.strip())).findFirst();
    }

    public List<AssessmentComponent> onProgramme() {
        return components.stream().filter(AssessmentComponent::onProgramme).toList();
    }

    /**
     * Why these components cannot be the plan of a version assessed by {@code details}, by field ({@code
     * components[i].x}, or {@code components} for the whole); empty when they can: one component per graded
     * assessment method and no other, graded by the methods (not a holistic scheme), each allowing 1 to 5 attempts,
     * and at least one taken after the gateway to completion.
     */
    public static Map<String, String> problems(StandardDetails details, List<AssessmentComponent> components) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (details.grading().basis() == GradingBasis.HOLISTIC) {
            problems.put("components", "This version is graded holistically, across its methods: a reformed plan"
                    + " grades each component, so record the methods' own grades first");
            return problems;
        }
        List<String> graded = details.epaMethods().stream().filter(EpaMethod::isGraded).map(EpaMethod::name).toList();
        if (graded.isEmpty()) {
            problems.put("components", "Record the assessment methods and their grades first: each becomes a"
                    + " component");
            return problems;
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            AssessmentComponent c = components.get(i);
            String field = "components[" + i + "].";
            if (graded.stream().noneMatch(m -> m.equals(c.method()))) {
                problems.put(field + "method", c.method() + " is not a graded assessment method of this version");
            } else if (seen.contains(c.method())) {
                problems.put(field + "method", c.method() + " is listed twice");
            }
            seen.add(c.method());
            if (c.window() == null) {
                problems.put(field + "window", "Choose when " + c.method() + " is taken");
            }
            if (c.markedBy() == null) {
                problems.put(field + "markedBy", "Choose who marks " + c.method());
            }
            if (c.attemptsAllowed() < AssessmentComponent.LEAST_ATTEMPTS
                    || c.attemptsAllowed() > AssessmentComponent.MOST_ATTEMPTS) {
                problems.put(field + "attemptsAllowed", "The attempts allowed for " + c.method() + " must be from "
                        + AssessmentComponent.LEAST_ATTEMPTS + " to " + AssessmentComponent.MOST_ATTEMPTS);
            }
        }
        graded.stream().filter(m -> !seen.contains(m)).findFirst().ifPresent(m -> problems.putIfAbsent("components",
                "Every graded method is a component: " + m + " is missing"));
        if (problems.isEmpty() && components.stream().noneMatch(c -> c.window() == AssessmentComponent.Window.AFTER_GATEWAY)) {
            problems.put("components", "At least one component is taken after the gateway to completion");
        }
        return problems;
    }
}
