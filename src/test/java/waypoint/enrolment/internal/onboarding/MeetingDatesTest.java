package waypoint.enrolment.internal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.shared.web.FieldValidationException;

/** The dates of onboarding meetings: typed as the hint shows them, and never held in the future. */
class MeetingDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);

    private static Map<String, List<String>> preStartMeeting(String date) {
        return Map.of("meetingDate", List.of(date), "keyActivities", List.of("Builds web pages"),
                "standardFit", List.of("The standard's duties match the role"));
    }

    @Test
    void a_meeting_date_typed_as_the_hint_shows_it_is_accepted() {
        var answers = FormTaskService.check(OnboardingTask.PRE_START_MEETING, preStartMeeting("27 3 2026"), true, TODAY);

        assertThat(answers.get("meetingDate")).containsExactly("2026-03-27");
    }

    @Test
    void a_meeting_in_the_future_cannot_be_recorded_as_held() {
        assertThatThrownBy(() -> FormTaskService.check(OnboardingTask.PRE_START_MEETING, preStartMeeting("28 3 2026"),
                true, TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("meetingDate", "Date of the meeting must be today or in the past:"
                                + " mark this section complete once it has been held"));
    }

    @Test
    void an_induction_in_the_future_cannot_be_recorded_as_held() {
        assertThatThrownBy(() -> FormTaskService.check(OnboardingTask.INDUCTION,
                Map.of("inductionDate", List.of("1 4 2026")), true, TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsKey("inductionDate"));
    }

    @Test
    void a_planned_meeting_date_may_be_saved_while_the_section_is_in_progress() {
        var answers = FormTaskService.check(OnboardingTask.PRE_START_MEETING, preStartMeeting("3 4 2026"), false,
                TODAY);

        assertThat(answers.get("meetingDate")).containsExactly("2026-04-03");
    }
}
