package waypoint.supportcase.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;
import waypoint.supportcase.internal.StageTable.Action;

/**
 * The support case aggregate keeps the dates your support policy sets, whatever the route: a formal stage's
 * meetings are dated within it, stages carry their own time plan set as they begin, the recommendation comes at the
 * plan's end or earlier with a reason, and a formal stage needs a client partner to copy in.
 */
class SupportCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static CaseRow row(SupportStage stage, LocalDate told, LocalDate began, LocalDate planUntil) {
        return new CaseRow(UUID.randomUUID(), new ApprenticeshipId(UUID.randomUUID()), stage, "BOTH", "Behind", 1,
                told, began, planUntil,
                null, null, null, null, null, null, null, null, null, NOW, null, NOW, 3);
    }

    private static SupportCase atStage(SupportStage stage, LocalDate told, LocalDate began, LocalDate planUntil,
            int meetings, RecommendationRow recommendation, boolean clientPartner) {
        return SupportCase.of(row(stage, told, began, planUntil), meetings, recommendation, clientPartner, TODAY, NOW,
                "Cora Coach");
    }

    private static MeetingRow meetingOn(LocalDate held) {
        return new MeetingRow(UUID.randomUUID(), SupportStage.STAGE_3, 0, held, "Sam, Cora", true, "Half done",
                "A demo", "Busy weeks", "None", "Study time", null, "Cora Coach");
    }

    private static RecommendationRow emailed(SupportStage stage, Outcome outcome) {
        return new RecommendationRow(UUID.randomUUID(), stage, 1, outcome, "Why", "Lena Lead", TODAY.minusDays(1),
                NOW);
    }

    @Test
    void a_formal_stage_meeting_dated_before_the_stage_began_is_refused_with_the_day_it_began() {
        SupportCase c = atStage(SupportStage.STAGE_3, TODAY.minusDays(20), TODAY.minusDays(10), TODAY.plusDays(20), 0,
                null, true);
        assertThatThrownBy(() -> c.holdMeeting(meetingOn(TODAY.minusDays(11))))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors().get("heldOn"))
                        .isEqualTo("A stage 3 meeting is held during stage 3, which began on 21 November 2026: enter"
                                + " that day or later"));
        assertThat(c.holdMeeting(meetingOn(TODAY.minusDays(10))).period()).isEqualTo(1);
        assertThat(c.meetingsThisStage()).isEqualTo(1);
    }

    @Test
    void a_formal_stage_meeting_dated_before_the_apprentice_was_told_in_person_is_refused() {
        // a stage whose start day is unknown (recorded before stages kept it) still needs the day they were told
        SupportCase c = atStage(SupportStage.STAGE_3, TODAY.minusDays(5), null, TODAY.plusDays(20), 0, null, true);
        assertThatThrownBy(() -> c.holdMeeting(meetingOn(TODAY.minusDays(6))))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors().get("heldOn"))
                        .contains("after the apprentice was told in person"));
        assertThatThrownBy(() -> c.holdMeeting(meetingOn(TODAY.plusDays(1))))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void stage_three_begins_on_or_after_the_day_the_apprentice_was_told_in_person_with_its_time_plan() {
        SupportCase c = atStage(SupportStage.STAGE_2, TODAY.minusDays(5), TODAY.minusDays(30), null, 0, null, true);
        assertThatThrownBy(() -> c.startFormalStage(3, TODAY.minusDays(6), TODAY.plusDays(30)))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors()).containsKey("date"));
        assertThat(c.startFormalStage(3, TODAY.minusDays(5), TODAY.plusDays(30))).isEqualTo(SupportStage.STAGE_3);
        assertThat(c.stagePlanUntil()).isEqualTo(TODAY.plusDays(30));
        assertThat(c.entries()).anyMatch(e -> e.text().contains("the time plan runs until 31 December 2026"));
        assertThat(c.events()).isNotEmpty();
    }

    @Test
    void stages_four_and_five_carry_their_own_time_plan_set_before_they_begin() {
        SupportCase c = atStage(SupportStage.STAGE_3, TODAY.minusDays(40), TODAY.minusDays(30), TODAY.minusDays(1), 2,
                emailed(SupportStage.STAGE_3, Outcome.ESCALATE_TO_STAGE_4), true);
        assertThatThrownBy(() -> c.startFormalStage(4, TODAY, null))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors().get("planUntil"))
                        .contains("sets it before the stage begins"));
        assertThatThrownBy(() -> c.startFormalStage(4, TODAY.minusDays(31), TODAY.plusDays(10)))
                .isInstanceOf(FieldValidationException.class);
        assertThat(c.startFormalStage(4, TODAY, TODAY.plusDays(28))).isEqualTo(SupportStage.STAGE_4);
        assertThat(c.stagePlanUntil()).isEqualTo(TODAY.plusDays(28));
        assertThat(c.meetingsThisStage()).isZero();
        assertThat(c.recommendation()).isNull();
    }

    @Test
    void extending_the_formal_support_at_stage_three_sets_a_new_time_plan() {
        SupportCase c = atStage(SupportStage.STAGE_4, TODAY.minusDays(40), TODAY.minusDays(20), TODAY, 2,
                emailed(SupportStage.STAGE_4, Outcome.EXTEND_STAGE_3), true);
        assertThatThrownBy(() -> c.extendStage3(null)).isInstanceOf(FieldValidationException.class);
        assertThat(c.extendStage3(TODAY.plusDays(28))).isEqualTo(SupportStage.STAGE_3);
        assertThat(c.stagePlanUntil()).isEqualTo(TODAY.plusDays(28));
        assertThat(c.row().stageBeganOn()).isEqualTo(TODAY);
        assertThat(c.toldInPersonOn()).isEqualTo(TODAY.minusDays(40));
    }

    @Test
    void a_recommendation_before_the_end_of_the_time_plan_needs_the_reason_for_making_it_early() {
        SupportCase early = atStage(SupportStage.STAGE_4, TODAY.minusDays(40), TODAY.minusDays(20), TODAY.plusDays(5),
                2, null, true);
        assertThatThrownBy(() -> early.recommend(Outcome.ESCALATE_TO_STAGE_5, "No progress", " "))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors().get("earlyReason"))
                        .startsWith("The stage 4 time plan runs until 6 December 2026"));
        assertThat(early.recommend(Outcome.ESCALATE_TO_STAGE_5, "No progress", "The employer asked to act now")
                .reasons()).contains("because: The employer asked to act now");

        SupportCase atTheEnd = atStage(SupportStage.STAGE_4, TODAY.minusDays(40), TODAY.minusDays(20), TODAY, 2, null,
                true);
        assertThat(atTheEnd.recommend(Outcome.BACK_TO_STAGE_2, "Back on track", null).outcome())
                .isEqualTo(Outcome.BACK_TO_STAGE_2);
        assertThatThrownBy(() -> atStage(SupportStage.STAGE_3, null, TODAY.minusDays(20), TODAY, 2, null, true)
                .recommend(Outcome.END_APPRENTICESHIP, "No", null)).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void a_formal_stage_cannot_begin_without_a_client_partner_to_copy_in() {
        SupportCase c = atStage(SupportStage.STAGE_2, TODAY.minusDays(5), TODAY.minusDays(30), null, 0, null, false);
        assertThatThrownBy(() -> c.startFormalStage(3, TODAY, TODAY.plusDays(30)))
                .isInstanceOf(SupportCaseRefused.class)
                .hasMessageContaining("a formal stage needs a client partner to copy in");
        assertThat(c.stage()).isEqualTo(SupportStage.STAGE_2);
    }

    @Test
    void every_change_of_stage_goes_through_the_table_whatever_asks_for_it() {
        SupportCase informal = atStage(SupportStage.STAGE_1, null, TODAY, null, 0, null, true);
        assertThatThrownBy(() -> informal.take(Action.RETURN_OFF_SUPPORT, null))
                .isInstanceOf(SupportCaseRefused.class).hasMessageContaining("cannot close the case: back off support");
        assertThatThrownBy(informal::endApprenticeship).isInstanceOf(SupportCaseRefused.class);
        // a step with its own method (a time plan, a withdrawal) cannot be taken as a plain move
        assertThatThrownBy(() -> informal.take(Action.START_STAGE_3, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(informal.take(Action.MOVE_TO_STAGE_2, "Teething problems")).isEqualTo(SupportStage.STAGE_2);
        assertThat(informal.row().period()).isEqualTo(2);
        assertThat(informal.row().stageBeganOn()).isEqualTo(TODAY);
        assertThat(informal.entries()).extracting(SupportCase.Entry::text).containsExactly("Move to stage 2:"
                + " Teething problems");
    }

    @Test
    void being_told_in_person_lasts_through_the_formal_stages_and_ends_back_at_an_informal_stage() {
        SupportCase c = atStage(SupportStage.STAGE_3, TODAY.minusDays(40), TODAY.minusDays(30), TODAY.minusDays(1), 2,
                emailed(SupportStage.STAGE_3, Outcome.BACK_TO_STAGE_2), true);
        c.take(Action.RETURN_TO_STAGE_2, null);
        assertThat(c.toldInPersonOn()).isNull();
        assertThat(c.facts().toldInPerson()).isFalse();
    }
}
