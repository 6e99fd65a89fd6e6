package waypoint.catalogue.internal;

import java.util.List;

/** A standards file with anything wrong is rejected whole, with every problem found: nothing is imported. */
public class StandardFileRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public StandardFileRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problems: " + problems.stream().map(ImportProblem::message).toList());
        this.problems = List.copyOf(problems);
    }

    public StandardFileRejectedException(String field, String message) {
        this(List.of(new ImportProblem(field, message)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
