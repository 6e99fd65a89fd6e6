package waypoint.epa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.problems;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.epa.web.EpaForms.BookingForm;
import waypoint.epa.web.EpaForms.MeetingForm;
import waypoint.epa.web.EpaForms.SettingsForm;

/**
 * What the gateway and EPA forms ask for, checked on what was typed before a service sees it, every problem together
 * in the form's order; the rules that need the record or the standard are the services'.
 */
class EpaFormsTest {

    @Test
    void a_booking_needs_a_method_of_the_standard_an_organisation_a_real_date_a_time_of_day_and_a_place() {
        assertThat(problems(new BookingForm("Interview", "nope", "31/2/2027", "25:00", " ", null, null,
                java.util.List.of("Test", "Observation")))).containsExactly(
                Map.entry("method", "Choose one of the standard's methods: Test, Observation"),
                Map.entry("epaoId", "Choose the end-point assessment organisation from the directory"),
                Map.entry("date", "Enter the date of the assessment, for example 27/3/2027"),
                Map.entry("time", "Enter the time of the assessment, for example 10:30"),
                Map.entry("place", "Enter the place or the link to join"));
        BookingForm booked = new BookingForm("test", "4b1c8a52-6f1e-4c1e-9a8e-0b0d3c2e1f00", "27/3/2027", " 9:30 ",
                "Room 4", "", null, java.util.List.of("Test"));
        assertThat(problems(booked)).isEmpty();
        assertThat(booked.request().time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(booked.request().assessor()).isNull();
    }

    @Test
    void the_gateway_meeting_asks_each_thing_in_turn_and_a_decision_of_ready_or_not_ready() {
        assertThat(problems(new MeetingForm("", "", "", "", "MAYBE", null, "")).keySet()).containsExactly(
                "heldOn", "mentor", "employer", "apprentice", "decision", "fullName");
        assertThat(problems(new MeetingForm("1/3/2027", "Tara", "Lee", "Sam", "NOT_READY", "", "Tara Tutor")))
                .isEmpty();
    }

    @Test
    void the_settings_are_whole_numbers_in_their_ranges() {
        assertThat(problems(new SettingsForm("", "x", 1))).containsExactly(
                Map.entry("maximumAttempts", "Enter the most times a method may be assessed"),
                Map.entry("appealWindowWorkingDays", "Enter a whole number from 1 to 90"));
        assertThat(problems(new SettingsForm("11", "0", 1))).containsExactly(
                Map.entry("maximumAttempts", "Enter a whole number from 1 to 10"),
                Map.entry("appealWindowWorkingDays", "Enter a whole number from 1 to 90"));
        assertThat(problems(new SettingsForm("3", "10", 1))).isEmpty();
    }
}
