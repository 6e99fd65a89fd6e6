package waypoint.shared.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A workflow's state table drawn as a Mermaid {@code stateDiagram-v2}, and the markdown page that shows it
 * (docs/workflows/*.md, written by each table's test, so the drawing always matches the table in code). Each row
 * of a table is one {@link Step}: from a state, by an action, to a state; the entry and final states are drawn as
 * Mermaid's {@code [*]}.
 */
public final class StateDiagram {

    /** One row of a state table, in the words the diagram shows. */
    public record Step(String from, String action, String to) {

        public static Step of(Object from, String action, Object to) {
            return new Step(String.valueOf(from), action, String.valueOf(to));
        }
    }

    private final List<String> starts = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();

    private StateDiagram() {
    }

    public static StateDiagram create() {
        return new StateDiagram();
    }

    /** The rows of a table, each turned into a step, in table order. */
    public static <T> StateDiagram of(Collection<T> rows, Function<T, Step> step) {
        return create().steps(rows, step);
    }

    /** Where a record begins ({@code [*] --> state}), with the words of what creates it (or none). */
    public StateDiagram start(Object state, String label) {
        starts.add("[*] --> " + state + (label == null || label.isBlank() ? "" : ": " + label));
        return this;
    }

    public StateDiagram start(Object state) {
        return start(state, null);
    }

    /** The words shown in a state's box instead of its name. */
    public StateDiagram describe(Object state, String description) {
        descriptions.add(state + " : " + description);
        return this;
    }

    public StateDiagram step(Step step) {
        steps.add(step.from() + " --> " + step.to() + ": " + step.action());
        return this;
    }

    public <T> StateDiagram steps(Collection<T> rows, Function<T, Step> step) {
        rows.forEach(row -> step(step.apply(row)));
        return this;
    }

    /** States a record never leaves ({@code state --> [*]}). */
    public StateDiagram end(Object... states) {
        for (Object state : states) {
            ends.add(state + " --> [*]");
        }
        return this;
    }

    /** The diagram alone: {@code stateDiagram-v2} and one indented line per start, state, step and end. */
    public String mermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        for (List<String> lines : List.of(starts, descriptions, steps, ends)) {
            lines.forEach(line -> out.append("    ").append(line).append('\n'));
        }
        return out.toString();
    }

    /**
     * The page: a title, the introduction (markdown: what the table is drawn from, the guards beyond it), the
     * diagram, then anything more (tables of states or steps; empty for none).
     */
    public String markdown(String title, String intro, String more) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        if (intro != null && !intro.isBlank()) {
            out.append(intro.strip()).append("\n\n");
        }
        out.append("```mermaid\n").append(mermaid()).append("```\n");
        if (more != null && !more.isBlank()) {
            out.append('\n').append(more.strip()).append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #markdown} to the file (creating its folder) and answers what was written. */
    public String writeTo(Path file, String title, String intro, String more) {
        String markdown = markdown(title, intro, more);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markdown;
    }
}
