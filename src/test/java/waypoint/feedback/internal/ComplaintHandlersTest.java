package waypoint.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.feedback.internal.ComplaintStagesTest.DIRECTOR;
import static waypoint.feedback.internal.ComplaintStagesTest.MENTOR;
import static waypoint.feedback.internal.ComplaintStagesTest.OPERATIONS_MANAGER;
import static waypoint.feedback.internal.ComplaintStagesTest.raise;
import static waypoint.feedback.internal.ComplaintStagesTest.reach;

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

import waypoint.feedback.internal.ComplaintStages.State;
import waypoint.identity.Role;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.support.TestClock;

/**
 * Who handles each stage of a complaint (your complaints policy, “Complaints Process”): stage 1 the teaching mentor
 * or, when the complainant prefers, the Operations Manager; stage 2 the Operations Manager; stage 3 the Managing
 * Director or the Quality Director; never the person complained about, never whoever answered the stage before.
 * Driven through the complaint itself, so the rule holds whatever the route (page, API, import, demo).
 */
class ComplaintHandlersTest {

    private final TestClock clock = new TestClock();

    private static final Deadlines DEADLINES = new Deadlines(WorkingCalendar.ofShippedFile(),
            FeedbackSettings.seedDefaults());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 24);

    private static StaffMember someone(Role role) {
        return new StaffMember(UUID.randomUUID(), Set.of(role));
    }

    static Stream<Arguments> everyStageAndJob() {
        List<Arguments> all = new ArrayList<>();
        Set<Role> stage1 = Set.of(Role.TUTOR, Role.HEAD_OF_DELIVERY);
        Set<Role> stage2 = Set.of(Role.HEAD_OF_DELIVERY);
        Set<Role> stage3 = Set.of(Role.DIRECTOR, Role.QUALITY);
        for (Role role : Role.values()) {
            all.add(Arguments.of(State.STAGE_1_RECEIVED, role, stage1.contains(role)));
            all.add(Arguments.of(State.STAGE_2_RECEIVED, role, stage2.contains(role)));
            all.add(Arguments.of(State.STAGE_3_RECEIVED, role, stage3.contains(role)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} may answer = {2}")
    @MethodSource("everyStageAndJob")
    void each_stage_is_answered_only_by_the_job_the_policy_names(State stage, Role role, boolean may) {
        Feedback complaint = reach(stage);
        StaffMember person = someone(role);

        if (may) {
            complaint.respond(person, "Our findings", clock.instant(), DAY, DEADLINES);
            assertThat(complaint.respondedBy()).isEqualTo(person.id());
        } else {
            assertThatThrownBy(() -> complaint.respond(person, "Our findings", clock.instant(), DAY, DEADLINES))
                    .isInstanceOf(StepRefusedException.class).hasMessageContaining("Your complaints policy gives stage");
            assertThatThrownBy(() -> complaint.acknowledge(person, clock.instant(), DAY))
                    .isInstanceOf(StepRefusedException.class);
            assertThatThrownBy(() -> complaint.assignTo(person)).isInstanceOf(StepRefusedException.class);
            assertThat(complaint.state()).isEqualTo(stage);
        }
    }

    @Test
    void a_complainant_who_prefers_the_operations_manager_is_not_handled_by_the_teaching_mentor() {
        assertThatThrownBy(() -> raise(false, true, null, MENTOR)).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("the Operations Manager");
        Feedback complaint = raise(false, true, null, OPERATIONS_MANAGER);

        assertThatThrownBy(() -> complaint.acknowledge(MENTOR, clock.instant(), DAY))
                .isInstanceOf(StepRefusedException.class);
        complaint.acknowledge(OPERATIONS_MANAGER, clock.instant(), DAY);
        assertThat(complaint.state()).isEqualTo(State.STAGE_1_ACKNOWLEDGED);
    }

    @Test
    void the_person_complained_about_never_handles_the_complaint() {
        StaffMember operationsManager = someone(Role.HEAD_OF_DELIVERY);
        // a complaint about the learner's teaching mentor may not be given to them
        assertThatThrownBy(() -> raise(false, false, MENTOR, MENTOR)).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("The complaint is about Pat Person");

        Feedback aboutTheMentor = raise(false, false, MENTOR, operationsManager);
        assertThatThrownBy(() -> aboutTheMentor.respond(MENTOR, "It was fine", clock.instant(), DAY, DEADLINES))
                .isInstanceOf(StepRefusedException.class);
        assertThatThrownBy(() -> aboutTheMentor.assignTo(MENTOR)).isInstanceOf(StepRefusedException.class);

        // nor, at stage 2, the Operations Manager it is about
        Feedback aboutTheManager = raise(false, false, OPERATIONS_MANAGER, MENTOR);
        assertThatThrownBy(() -> aboutTheManager.escalateToStage2(OPERATIONS_MANAGER, DAY, DAY, DEADLINES))
                .isInstanceOf(StepRefusedException.class);
        aboutTheManager.escalateToStage2(operationsManager, DAY, DAY, DEADLINES);
        assertThat(aboutTheManager.ownerAccountId()).isEqualTo(operationsManager.id());
    }

    @Test
    void whoever_answered_a_stage_does_not_handle_the_next_one() {
        // the Operations Manager who also holds the director's job answers stage 2
        StaffMember both = new StaffMember(UUID.randomUUID(), Set.of(Role.HEAD_OF_DELIVERY, Role.DIRECTOR));
        Feedback complaint = raise(true, false, null, both);
        complaint.respond(both, "Our stage 2 response", clock.instant(), DAY, DEADLINES);

        // then they may not take stage 3, though their job would allow it
        assertThatThrownBy(() -> complaint.escalateToStage3(both, DAY, DAY, DEADLINES))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Whoever answered stage 2");
        assertThat(complaint.state()).isEqualTo(State.STAGE_2_RESPONDED);
        complaint.escalateToStage3(DIRECTOR, DAY, DAY, DEADLINES);
        assertThat(complaint.stageBeforeRespondedBy()).isEqualTo(both.id());
        assertThatThrownBy(() -> complaint.respond(both, "Our stage 3 response", clock.instant(), DAY, DEADLINES))
                .isInstanceOf(StepRefusedException.class);
        assertThatThrownBy(() -> complaint.assignTo(both)).isInstanceOf(StepRefusedException.class);
        complaint.respond(DIRECTOR, "Our stage 3 response", clock.instant(), DAY, DEADLINES);

        // and the Operations Manager who answered stage 1 (as the complainant asked) does not take stage 2
        Feedback preferred = raise(false, true, null, OPERATIONS_MANAGER);
        preferred.respond(OPERATIONS_MANAGER, "Our stage 1 answer", clock.instant(), DAY, DEADLINES);
        assertThatThrownBy(() -> preferred.escalateToStage2(OPERATIONS_MANAGER, DAY, DAY, DEADLINES))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Whoever answered stage 1");
    }

    @Test
    void a_complaint_nobody_may_take_yet_waits_unassigned_until_given_to_someone_who_may() {
        Feedback complaint = reach(State.STAGE_2_RESPONDED);

        complaint.escalateToStage3(null, DAY, DAY, DEADLINES);

        assertThat(complaint.state()).isEqualTo(State.STAGE_3_RECEIVED);
        assertThat(complaint.ownerAccountId()).isNull();
        complaint.assignTo(DIRECTOR);
        assertThat(complaint.ownerAccountId()).isEqualTo(DIRECTOR.id());
    }
}
