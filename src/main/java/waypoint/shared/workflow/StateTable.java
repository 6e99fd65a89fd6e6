package waypoint.shared.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A workflow's allowed moves, written once as literal rows a person can check against the policy they come from:
 * from a state, by an action, to a state. Anything not in the table is refused. Every workflow in Waypoint keeps
 * its table in one of these (its rows may carry more, such as the policy paragraph or a precondition, by
 * implementing {@link Move}), and its aggregate's intention-named methods ask {@link #require} before they change
 * anything. {@link #diagram} draws the same rows for {@code docs/workflows/}.
 *
 * @param <S> the states
 * @param <A> the actions people take
 * @param <M> one row of the table
 */
public final class StateTable<S, A, M extends StateTable.Move<S, A>> {

    /** One row of a table: a move from a state, by an action, to a state. */
    public interface Move<S, A> {

        S from();

        A action();

        S to();
    }

    /** A row that says no more than the move. */
    public record Row<S, A>(S from, A action, S to) implements Move<S, A> {
    }

    private final List<M> moves;

    private StateTable(List<M> moves) {
        this.moves = List.copyOf(moves);
        for (int i = 0; i < this.moves.size(); i++) {
            for (int j = i + 1; j < this.moves.size(); j++) {
                M a = this.moves.get(i);
                M b = this.moves.get(j);
                if (a.from().equals(b.from()) && a.action().equals(b.action())) {
                    throw new IllegalArgumentException("Two rows for " + a.action() + " from " + a.from());
                }
            }
        }
    }

    /** A table of plain rows. */
    @SafeVarargs
    public static <S, A> StateTable<S, A, Row<S, A>> of(Row<S, A>... rows) {
        return new StateTable<>(List.of(rows));
    }

    /** A table of a module's own rows (which carry more than the move). */
    public static <S, A, M extends Move<S, A>> StateTable<S, A, M> ofMoves(List<M> moves) {
        return new StateTable<>(moves);
    }

    public static <S, A> Row<S, A> row(S from, A action, S to) {
        return new Row<>(from, action, to);
    }

    /** The rows, in the order they were written. */
    public List<M> moves() {
        return moves;
    }

    public Optional<M> find(S from, A action) {
        return moves.stream().filter(m -> m.from().equals(from) && m.action().equals(action)).findFirst();
    }

    public Optional<S> next(S from, A action) {
        return find(from, action).map(Move::to);
    }

    public boolean allows(S from, A action) {
        return find(from, action).isPresent();
    }

    /**
     * The state after the action, or the refusal the workflow words for it (which names the rule it breaks).
     */
    public S require(S from, A action, BiFunction<S, A, ? extends RuntimeException> refusal) {
        return next(from, action).orElseThrow(() -> refusal.apply(from, action));
    }

    /** The actions the table allows from a state, in table order. */
    public List<A> actionsFrom(S from) {
        return moves.stream().filter(m -> m.from().equals(from)).map(Move::action).distinct().toList();
    }

    /** The rows drawn as a state diagram, each move labelled in the words given. */
    public StateDiagram diagram(Function<M, String> label) {
        return StateDiagram.of(moves, m -> StateDiagram.Step.of(m.from(), label.apply(m), m.to()));
    }
}
