package waypoint.epa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import waypoint.catalogue.AssessmentComponent;
import waypoint.epa.internal.ComponentTable.State;
import waypoint.epa.internal.EpaStore.Result;

/**
 * One component of a reformed apprenticeship assessment as it stands for one apprentice
 * (docs/domain/assessment-reform.md): the plan's component, the grades its method gives (the first is the fail), the
 * attempts so far, and whether the gateway to completion is passed. Its state in {@link ComponentTable} is read from
 * these.
 */
public record ComponentProgress(AssessmentComponent component, List<String> grades, List<Result> attempts,
        boolean gatewayPassed) {

    public ComponentProgress {
        grades = List.copyOf(grades);
        attempts = List.copyOf(attempts);
    }

    public String name() {
        return component.method();
    }

    public Optional<Result> latest() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The lowest grade the method gives is its fail, as the grading tables write it. */
    public boolean isFail(String grade) {
        return !grades.isEmpty() && grades.get(0).equalsIgnoreCase(grade);
    }

    public State state() {
        Optional<Result> latest = latest();
        if (latest.isEmpty()) {
            return component.window() == AssessmentComponent.Window.AFTER_GATEWAY && !gatewayPassed
                    ? State.WAITING_FOR_GATEWAY : State.OPEN;
        }
        if (!isFail(latest.get().grade())) {
            return State.PASSED;
        }
        return attempts.size() < component.attemptsAllowed() ? State.RESIT : State.FAILED;
    }

    /** The grade that counts towards the overall grade: the latest, once the component is passed or out of attempts. */
    public Optional<String> finalGrade() {
        return state().isFinal() ? latest().map(Result::grade) : Optional.empty();
    }

    public int attemptsLeft() {
        return Math.max(0, component.attemptsAllowed() - attempts.size());
    }

    /** The action an attempt with {@code grade} takes in {@link ComponentTable}. */
    ComponentTable.Action actionFor(String grade) {
        if (!isFail(grade)) {
            return ComponentTable.Action.RECORD_PASS;
        }
        return attempts.size() + 1 >= component.attemptsAllowed() ? ComponentTable.Action.RECORD_LAST_FAIL
                : ComponentTable.Action.RECORD_FAIL;
    }

    /** The same component with one more attempt. */
    ComponentProgress with(Result attempt) {
        List<Result> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new ComponentProgress(component, grades, more, gatewayPassed);
    }
}
