package waypoint.catalogue.internal;

import java.util.List;

/** A grading table that does not cover every combination of grades exactly once: refused, with what is wrong. */
public class GradingTableIncompleteException extends RuntimeException {

    private final List<String> problems;

    public GradingTableIncompleteException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
