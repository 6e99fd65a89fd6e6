package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waypoint.dataprotection.internal.RequestRefusedException;
import waypoint.dataprotection.internal.RequestTable;
import waypoint.dataprotection.internal.RequestTable.Action;

/** The subject access request's states and moves, checked and drawn to docs/workflows. */
class RequestTableTest {

    @Test
    void every_step_in_the_table_leads_where_it_says_and_every_other_is_refused() {
        for (RequestState state : RequestState.values()) {
            for (Action action : Action.values()) {
                var row = RequestTable.TABLE.find(state, action);
                if (row.isPresent()) {
                    assertThat(RequestTable.require(state, action)).isEqualTo(row.get().to());
                } else {
                    assertThatThrownBy(() -> RequestTable.require(state, action))
                            .isInstanceOf(RequestRefusedException.class)
                            .hasMessageContaining(state.words().toLowerCase());
                }
            }
        }
    }

    @Test
    void nothing_is_released_before_it_is_gathered_and_reviewed() {
        for (RequestState state : new RequestState[] {RequestState.RECEIVED, RequestState.IDENTITY_CHECKED,
                RequestState.GATHERING}) {
            assertThat(RequestTable.allows(state, Action.RELEASE)).isFalse();
            assertThat(RequestTable.allows(state, Action.REFUSE_IN_PART)).isFalse();
        }
        assertThat(RequestTable.allows(RequestState.RECEIVED, Action.START_GATHERING)).isFalse();
    }

    @Test
    void an_answered_request_is_closed_and_its_deadline_no_longer_moves() {
        for (RequestState answered : new RequestState[] {RequestState.RELEASED, RequestState.REFUSED_IN_PART}) {
            assertThat(RequestTable.TABLE.actionsFrom(answered)).isEmpty();
        }
    }

    /** Draws the table to docs/workflows/subject-access-request.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `RequestTable` by `RequestTableTest` (do not edit by hand). A learner asks from their
                account (signing in to it checks who they are) or staff record a request received another way.
                Guards beyond the table: only the data protection officer checks identity, gathers, extends and
                releases; the deadline is one calendar month from receipt and may be extended by up to two further
                months in all, with a reason, only within the first month; refusing a part needs a reason the person
                reads; safeguarding records are never in the pack (docs/domain/data-protection.md).
                """;
        StringBuilder states = new StringBuilder("| State | Words |\n|---|---|\n");
        for (RequestState state : RequestState.values()) {
            states.append("| ").append(state).append(" | ").append(state.words()).append(" |\n");
        }
        String md = RequestTable.TABLE.diagram(s -> s.action().words())
                .start(RequestState.RECEIVED, "Asked, or recorded by staff")
                .end(RequestState.RELEASED, RequestState.REFUSED_IN_PART)
                .writeTo(Path.of("docs/workflows/subject-access-request.md"), "Subject access request", intro,
                        states.toString());
        assertThat(md).contains("READY_FOR_REVIEW --> RELEASED: Release the pack");
    }
}
