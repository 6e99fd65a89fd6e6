package waypoint.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

@WaypointTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    private Api tutor;

    @BeforeEach
    void signIn() {
        tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void day_one_is_the_first_working_day_after_the_date() {
        Api.Response response = tutor.get("/api/v1/calendar/working-days?from=2026-12-24&add=1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("date").asString()).isEqualTo("2026-12-29");
    }

    @Test
    void working_days_between_two_dates_are_counted() {
        Api.Response response = tutor.get("/api/v1/calendar/working-days-between?from=2026-12-18&to=2027-01-04");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("workingDays").asInt()).isEqualTo(8);
    }

    @Test
    void the_bank_holidays_of_a_year_no_file_covers_are_marked_estimated() {
        Api.Response response = tutor.get("/api/v1/calendar/bank-holidays?year=2031");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("bankHolidays")).hasSize(8);
        response.json().get("bankHolidays").forEach(holiday -> assertThat(holiday.get("estimated").asBoolean()).isTrue());
    }

    @Test
    void the_bank_holidays_of_a_year_the_file_covers_are_as_listed() {
        Api.Response response = tutor.get("/api/v1/calendar/bank-holidays?year=2022");
        assertThat(response.json().get("bankHolidays")).hasSize(10);
        assertThat(response.json().get("bankHolidays").get(0).get("estimated").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} is a 400 problem naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/calendar/working-days?from=2026-02-30&add=1          | from",
            "/api/v1/calendar/working-days?from=tomorrow&add=1            | from",
            "/api/v1/calendar/working-days?add=1                          | from",
            "/api/v1/calendar/working-days?from=2026-01-05&add=-1         | add",
            "/api/v1/calendar/working-days?from=2026-01-05&add=1001       | add",
            "/api/v1/calendar/working-days?from=2026-01-05&add=99999999999 | add",
            "/api/v1/calendar/working-days?from=2026-01-05&add=ten        | add",
            "/api/v1/calendar/working-days?from=9999-01-05&add=1          | from",
            "/api/v1/calendar/working-days-between?from=2026-01-05&to=2026-01-04 | to",
            "/api/v1/calendar/working-days-between?from=2026-01-05&to=5th  | to",
            "/api/v1/calendar/bank-holidays?year=twenty                  | year",
            "/api/v1/calendar/bank-holidays                              | year"})
    void bad_input_is_a_problem_naming_the_field(String path, String field) {
        Api.Response response = tutor.get(path);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
