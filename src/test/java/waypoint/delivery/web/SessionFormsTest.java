package waypoint.delivery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.support.FormsUnderTest.problems;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.delivery.web.SessionForms.ActionForm;
import waypoint.delivery.web.SessionForms.ActionsForm;
import waypoint.delivery.web.SessionForms.RecordForm;
import waypoint.delivery.web.SessionForms.ScheduleForm;
import waypoint.delivery.web.SessionForms.Scheduling;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.support.FormsUnderTest;

/**
 * What a tutor types to schedule, move or record a session is checked on the form, field by field, in the words the
 * form shows; the services then receive dates, times, numbers and ids (docs/domain/teaching-sessions.md).
 */
class SessionFormsTest {

    private static final String APPRENTICE = UUID.randomUUID().toString();

    private static final Validator validator = FormsUnderTest.validator();

    private static ScheduleForm session(String time, String minutes) {
        return new ScheduleForm(List.of(APPRENTICE), "27/4/2026", time, minutes, "Room 2", "", "Planning", "k1, S2",
                null);
    }

    @ParameterizedTest(name = "{0} for {1} minutes: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            09:30   | 60   | -
            9:45    | 15   | -
            14:00   | 600  | -
            10:07   | 60   | Start on the quarter hour, like 09:00, 09:15, 09:30 or 09:45
            25:00   | 60   | Enter the start time, like 09:30 or 14:00
            soon    | 60   | Enter the start time, like 09:30 or 14:00
            09:30   | 50   | The length must be 15 to 600 minutes, in quarter hours
            09:30   | 615  | The length must be 15 to 600 minutes, in quarter hours
            09:30   | -15  | The length must be 15 to 600 minutes, in quarter hours
            09:30   | lots | Enter the length in minutes, like 60
            """)
    void a_session_starts_on_a_quarter_hour_and_lasts_15_to_600_minutes_in_quarter_hours(String time, String minutes,
            String problem) {
        Map<String, String> problems = problems(session(time, minutes), Scheduling.class);

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsValue(problem).hasSize(1);
        }
    }

    @Test
    void a_session_scheduled_reads_as_the_service_takes_it() {
        var plan = session(" 9:30 ", "+45").plan();

        assertThat(plan.apprenticeshipIds()).containsExactly(ApprenticeshipId.of(APPRENTICE));
        assertThat(plan.date()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(plan.time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(plan.durationMinutes()).isEqualTo(45);
        assertThat(plan.remoteLink()).isNull();
        assertThat(plan.ksbs()).containsExactly("K1", "S2");
    }

    @Test
    void a_session_needs_its_apprentices_a_place_or_a_secure_link_and_a_topic_but_a_move_asks_only_when_and_where() {
        ScheduleForm nothing = new ScheduleForm(List.of("", "not-an-id"), "31/2/2026", "", "", " ", "http://insecure",
                "", "", null);

        assertThat(problems(nothing, Scheduling.class)).containsExactly(
                Map.entry("apprenticeshipIds", "Choose apprentices from the list"),
                Map.entry("date", "The date must be a real date, like 27/4/2026"),
                Map.entry("time", "Enter the start time, like 09:30 or 14:00"),
                Map.entry("durationMinutes", "Enter the length in minutes, like 60"),
                Map.entry("remoteLink", "The link must start with https:// and have no spaces"),
                Map.entry("topic", "Enter the topic of the session"));
        assertThat(problems(new ScheduleForm(List.of(), "", "09:00", "60", "", "", "", "", 3)))
                .containsExactly(Map.entry("date", "Enter the date of the session"),
                        Map.entry("place", "Enter the place, or the link to join remotely"));
        assertThat(problems(new ScheduleForm(List.of(" "), "27/4/2026", "09:00", "60", "Room", "", "Topic", "", null),
                Scheduling.class)).containsExactly(
                Map.entry("apprenticeshipIds", "Choose the apprentice, or the apprentices of a group"));
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            group.add(UUID.randomUUID().toString());
        }
        assertThat(problems(new ScheduleForm(group, "27/4/2026", "09:00", "60", "Room", "", "Topic", "", null),
                Scheduling.class)).containsExactly(
                Map.entry("apprenticeshipIds", "A group session has at most 30 apprentices"));
    }

    @Test
    void each_action_filled_in_is_checked_on_its_row_naming_it_and_an_empty_row_is_left_out() {
        RecordForm record = new RecordForm(Map.of(APPRENTICE, "attended"), "Estimating", List.of(
                new ActionForm("", "ACTION", "", "LEARNER", ""),
                new ActionForm("someone", "CHORE", "x".repeat(4001), "BOSS", "next week")), 2);

        assertThat(problems(record)).containsOnly(
                Map.entry("actions[1].description", "Action 2 must be 4000 characters or fewer"),
                Map.entry("actions[1].kind", "Choose whether action 2 is an action or an assessment plan"),
                Map.entry("actions[1].owner", "Choose who owns action 2"),
                Map.entry("actions[1].dueDate", "Enter the due date of action 2 as a real date, like 27/4/2026"),
                Map.entry("actions[1].apprenticeshipId", "Choose an apprentice of this session for action 2"));
        assertThat(problems(new RecordForm(Map.of(), " ", List.of(), 2)))
                .containsExactly(Map.entry("delivered", "Enter what was delivered or assessed"));
        assertThat(new RecordForm(Map.of(APPRENTICE, " late ", "nobody", "ABSENT"), "Estimating", List.of(), 2)
                .attendanceById()).containsExactly(Map.entry(ApprenticeshipId.of(APPRENTICE), "LATE"));
    }

    @Test
    void another_action_agreed_must_say_what_was_agreed() {
        ActionsForm empty = new ActionsForm(List.of(new ActionForm("", "ACTION", "", "LEARNER", "")));

        assertThat(problems(empty)).containsExactly(
                Map.entry("actions[0].description", "Enter what was agreed in action 1"));
        assertThatThrownBy(() -> FormChecks.require(validator, new ActionsForm(List.of())))
                .isInstanceOf(FieldValidationException.class);
        assertThat(new ActionsForm(List.of(new ActionForm(null, null, " Observe ", "tutor", "1/5/2026"))).agreed())
                .satisfies(agreed -> {
                    assertThat(agreed.kind()).isEqualTo("ACTION");
                    assertThat(agreed.owner()).isEqualTo("TUTOR");
                    assertThat(agreed.description()).isEqualTo("Observe");
                    assertThat(agreed.due()).isEqualTo(LocalDate.of(2026, 5, 1));
                    assertThat(agreed.apprenticeshipId()).isNull();
                });
    }
}
