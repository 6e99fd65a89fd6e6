package waypoint.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.Outcome;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.feedback.internal.ComplaintStages.Guard;
import waypoint.feedback.internal.ComplaintStages.State;
import waypoint.identity.Role;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.support.TestClock;

/**
 * The complaint stage table (your complaints policy, stages 1 to 4; docs/domain/complaints-policy.md): drawn to docs/workflows/complaint-stages.md, and every step
 * from every state tried on a real complaint: what the table allows happens, everything else is refused.
 */
class ComplaintStagesTest {

    private static final TestClock CLOCK = new TestClock();

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 23);
    private static final Deadlines DEADLINES = new Deadlines(WorkingCalendar.ofShippedFile(),
            FeedbackSettings.seedDefaults());
    // the people your complaints policy names for each stage
    static final StaffMember MENTOR = new StaffMember(UUID.randomUUID(), Set.of(Role.TUTOR));
    static final StaffMember OPERATIONS_MANAGER = new StaffMember(UUID.randomUUID(), Set.of(Role.HEAD_OF_DELIVERY));
    static final StaffMember DIRECTOR = new StaffMember(UUID.randomUUID(), Set.of(Role.DIRECTOR));

    /** Whoever handles the complaint at its stage now. */
    static StaffMember handler(Feedback f) {
        return f.stage() == 1 ? MENTOR : f.stage() == 2 ? OPERATIONS_MANAGER : DIRECTOR;
    }

    @Test
    void the_stage_table_is_drawn_in_the_docs() {
        String intro = """
                The complaint stages of the provider's complaints policy ("Complaints Process"; see
                [docs/domain/complaints-policy.md](../domain/complaints-policy.md)), drawn by
                `ComplaintStagesTest` from the one table in code, `waypoint.feedback.internal.ComplaintStages`.
                An informal complaint starts at stage 1; a formal one (registered in writing) at stage 2. Any step
                not drawn here is refused (409 in the API).

                | Stage | Who handles it | Deadline (default, provider-editable) |
                |---|---|---|
                | 1 | The teaching mentor (the learner's tutor), or the Operations Manager (head of delivery) if the complainant prefers or has no mentor | Acknowledge within 2 working days |
                | 2 | The Operations Manager (head of delivery) | Acknowledge within 2 working days; written response within 10 working days of receipt; closes by itself one calendar month after the response if nothing more is heard |
                | 3 | The Senior Management Team: the Managing Director (director) or the Quality Director (quality) | Escalation within one calendar month of the stage 2 response; written response within 10 working days of receipt, which gives the stage 4 route |
                | 4 | The funding body | The complainant is given the funding body's complaints details |

                Never the person complained about, and never whoever answered the stage before: the complaint is
                refused to them at every step (`Feedback.whyNotHandler`).
                """;
        StringBuilder steps = new StringBuilder("""
                ## Every step and where it comes from

                | From | Step | To | Only | From the provider's documents |
                |---|---|---|---|---|
                """);
        for (ComplaintStages.Step step : ComplaintStages.STEPS) {
            steps.append("| ").append(step.from().label()).append(" | ").append(step.action().label()).append(" | ")
                    .append(step.to().label()).append(" | ").append(step.guard().words()).append(" | ")
                    .append(step.source()).append(" |\n");
        }
        String md = ComplaintStages.diagram().writeTo(Path.of("docs/workflows/complaint-stages.md"),
                "Complaint stages", intro, steps.toString());
        assertThat(md).contains("STAGE_2_RESPONDED --> STAGE_3_RECEIVED");
        // the sources are shown to people: in the words of the provider's own documents, never our file names
        assertThat(ComplaintStages.STEPS).allSatisfy(step -> assertThat(step.source())
                .matches("(your complaints policy|the learner handbook), .*").doesNotContainIgnoringCase("seed"));
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (State state : State.values()) {
            for (Action action : Action.values()) {
                all.add(Arguments.of(state, action));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void a_step_happens_only_when_the_table_allows_it(State state, Action action) {
        var step = ComplaintStages.find(state, action);
        Feedback complaint = reach(state);
        // inside the month after the stage 2 response, and after it
        LocalDate withinWindow = RECEIVED.plusDays(10);
        LocalDate afterWindow = RECEIVED.plusMonths(2);
        if (step.isEmpty()) {
            assertThatThrownBy(() -> take(complaint, action, withinWindow)).isInstanceOf(StepRefusedException.class);
            return;
        }
        LocalDate allowedDay = step.get().guard() == Guard.AFTER_ESCALATION_WINDOW ? afterWindow : withinWindow;
        LocalDate refusedDay = step.get().guard() == Guard.AFTER_ESCALATION_WINDOW ? withinWindow : afterWindow;
        if (step.get().guard() != Guard.NONE) {
            Feedback other = reach(state);
            assertThatThrownBy(() -> take(other, action, refusedDay)).isInstanceOf(StepRefusedException.class)
                    .hasMessageContaining(other.escalateBy().toString());
        }
        take(complaint, action, allowedDay);
        assertThat(complaint.state()).isEqualTo(step.get().to());
    }

    @Test
    void a_formal_complaint_starts_at_stage_2_and_an_informal_one_at_stage_1() {
        assertThat(raise(true).state()).isEqualTo(State.STAGE_2_RECEIVED);
        assertThat(raise(false).state()).isEqualTo(State.STAGE_1_RECEIVED);
        assertThat(raise(true).respondBy()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(raise(false).respondBy()).isNull();
    }

    @Test
    void escalating_to_stage_3_restarts_the_clock_from_the_date_received() {
        Feedback complaint = reach(State.STAGE_2_RESPONDED);
        complaint.escalateToStage3(DIRECTOR, LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22), DEADLINES);
        assertThat(complaint.respondBy()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(complaint.escalateBy()).isNull();
    }

    @Test
    void deadlines_met_and_missed_are_counted_for_the_board() {
        Feedback complaint = raise(true);
        complaint.acknowledge(OPERATIONS_MANAGER, CLOCK.instant(), LocalDate.of(2026, 12, 29));
        complaint.respond(OPERATIONS_MANAGER, "Our response", CLOCK.instant(), LocalDate.of(2027, 1, 12), DEADLINES);
        assertThat(complaint.deadlinesDue()).isEqualTo(2);
        assertThat(complaint.deadlinesMet()).isEqualTo(1);
    }

    static Feedback raise(boolean formal) {
        return raise(formal, false, null, formal ? OPERATIONS_MANAGER : MENTOR);
    }

    /** A complaint, about someone or no one, first handled by {@code owner}. */
    static Feedback raise(boolean formal, boolean prefersOperationsManager, StaffMember about, StaffMember owner) {
        return Feedback.raise("FB-TEST", new Feedback.Raised(FeedbackKind.COMPLAINT, formal, Channel.EMAIL, null, null,
                "Casey Complainant", "casey@example.test", ComplainantType.LEARNER, null,
                about == null ? null : about.id(), about == null ? null : "Pat Person", "Late marking",
                "Marking was late", Category.ASSESSMENT, false, null, null, null, null, null,
                prefersOperationsManager, false, null, null, null),
                RECEIVED.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), RECEIVED, owner, DEADLINES);
    }

    /** A complaint in the given state, reached by the table's own steps. */
    static Feedback reach(State state) {
        LocalDate day = RECEIVED.plusDays(1);
        Feedback f = switch (state) {
            case STAGE_1_RECEIVED, STAGE_1_ACKNOWLEDGED, STAGE_1_RESPONDED -> raise(false);
            default -> raise(true);
        };
        switch (state) {
            case STAGE_1_ACKNOWLEDGED, STAGE_2_ACKNOWLEDGED -> f.acknowledge(handler(f), CLOCK.instant(), day);
            case STAGE_1_RESPONDED, STAGE_2_RESPONDED -> f.respond(handler(f), "Response", CLOCK.instant(), day,
                    DEADLINES);
            case STAGE_3_RECEIVED, STAGE_3_ACKNOWLEDGED, STAGE_3_RESPONDED, STAGE_4_REFERRED -> {
                f.respond(OPERATIONS_MANAGER, "Response", CLOCK.instant(), day, DEADLINES);
                f.escalateToStage3(DIRECTOR, day, day, DEADLINES);
                if (state == State.STAGE_3_ACKNOWLEDGED) {
                    f.acknowledge(DIRECTOR, CLOCK.instant(), day);
                }
                if (state == State.STAGE_3_RESPONDED || state == State.STAGE_4_REFERRED) {
                    f.respond(DIRECTOR, "Findings and outcome", CLOCK.instant(), day, DEADLINES);
                }
                if (state == State.STAGE_4_REFERRED) {
                    f.referToFundingBody(DIRECTOR, CLOCK.instant(), day);
                }
            }
            case CLOSED -> f.close(handler(f), Outcome.RESOLVED, null, CLOCK.instant(), day);
            default -> {
            }
        }
        assertThat(f.state()).isEqualTo(state);
        return f;
    }

    private static void take(Feedback f, Action action, LocalDate today) {
        Instant now = CLOCK.instant();
        StaffMember by = f.status() == waypoint.feedback.FeedbackStatus.CLOSED ? DIRECTOR : handler(f);
        switch (action) {
            case ACKNOWLEDGE -> f.acknowledge(by, now, today);
            case RESPOND -> f.respond(by, "Response", now, today, DEADLINES);
            case EXTEND_DEADLINE -> f.extend(by, LocalDate.of(2027, 6, 1), "Witness on leave", today);
            case ESCALATE_TO_STAGE_2 -> f.escalateToStage2(OPERATIONS_MANAGER, today, today, DEADLINES);
            case ESCALATE_TO_STAGE_3 -> f.escalateToStage3(DIRECTOR, today, today, DEADLINES);
            case REFER_TO_FUNDING_BODY -> f.referToFundingBody(by, now, today);
            case CLOSE -> f.close(by, Outcome.RESOLVED, null, now, today);
            case CLOSE_AFTER_NO_REPLY -> f.closeAfterNoReply(now, today);
        }
    }
}
