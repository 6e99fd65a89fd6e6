package waypoint.rules;

import java.util.Objects;

/** One step of a rule in words, for the UI, with the source it follows. */
public record Explanation(String statement, Source source) {

    public Explanation {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
    }

    /** The statement as a sentence that ends with its source, e.g. “… = 279.3 h (source: the apprenticeship funding rules, …).” */
    public String sentence() {
        return statement + " (source: " + source.citation() + ").";
    }

    @Override
    public String toString() {
        return sentence();
    }
}
