package waypoint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An answer and the explanations that led to it, in the order a person would read them. */
public record Explained<T>(T value, List<Explanation> explanations) {

    public Explained {
        explanations = List.copyOf(explanations);
    }

    public static <T> Explained<T> of(T value, Explanation... explanations) {
        return new Explained<>(value, List.of(explanations));
    }

    static <T> Explained<T> because(T value, String statement, Source source) {
        return of(value, new Explanation(statement, source));
    }

    /** The same explanations, leading to another value. */
    public <R> Explained<R> map(Function<? super T, ? extends R> mapping) {
        return new Explained<>(mapping.apply(value), explanations);
    }

    /** This answer followed by further explanations. */
    Explained<T> and(List<Explanation> more) {
        List<Explanation> all = new ArrayList<>(explanations);
        all.addAll(more);
        return new Explained<>(value, all);
    }

    Explained<T> and(String statement, Source source) {
        return and(List.of(new Explanation(statement, source)));
    }

    public List<String> sentences() {
        return explanations.stream().map(Explanation::sentence).toList();
    }
}
