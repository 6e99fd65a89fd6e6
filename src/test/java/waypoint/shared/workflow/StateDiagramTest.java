package waypoint.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A state table's rows drawn as a Mermaid state diagram in a markdown page. */
class StateDiagramTest {

    private static final List<String[]> TABLE = List.of(new String[] {"OPEN", "Close", "CLOSED"},
            new String[] {"CLOSED", "Reopen", "OPEN"});

    @Test
    void each_row_is_drawn_as_an_arrow_labelled_with_its_action_after_the_starts_and_state_words() {
        String mermaid = StateDiagram.of(TABLE, r -> new StateDiagram.Step(r[0], r[1], r[2]))
                .end("CLOSED").describe("OPEN", "Open").start("OPEN", "Raised").mermaid();

        assertThat(mermaid).isEqualTo("""
                stateDiagram-v2
                    [*] --> OPEN: Raised
                    OPEN : Open
                    OPEN --> CLOSED: Close
                    CLOSED --> OPEN: Reopen
                    CLOSED --> [*]
                """);
    }

    @Test
    void the_page_has_the_title_the_introduction_the_diagram_and_anything_more() {
        String page = StateDiagram.create().start("OPEN").markdown("Things", "Drawn from the table.\n",
                "| State |\n|---|\n");

        assertThat(page).isEqualTo("""
                # Things

                Drawn from the table.

                ```mermaid
                stateDiagram-v2
                    [*] --> OPEN
                ```

                | State |
                |---|
                """);
    }
}
