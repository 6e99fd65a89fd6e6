package waypoint.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Uploads through the administrator's page. Every test run shares one database and so one calendar: the valid files
 * uploaded here list the same holidays as the shipped file, so no other test's working days move.
 */
@WaypointTest
public class BankHolidayUploadTest {

    @LocalServerPort
    int port;

    /** The shipped file's bytes: a valid upload that moves no one's working days. */
    public static byte[] shippedFile() throws Exception {
        try (var in = BankHolidayUploadTest.class.getResourceAsStream("/calendar/bank-holidays.json")) {
            return in.readAllBytes();
        }
    }

    private PageClient admin() {
        return PageClient.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void an_administrator_sees_the_source_and_the_holidays_of_a_year() {
        PageClient.Page page = admin().get("/admin/calendar?year=2031");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bank holidays in 2031").contains("Years covered").contains("Estimated");
    }

    @Test
    void a_valid_file_becomes_the_source_in_use() throws Exception {
        PageClient admin = admin();
        String name = "bank-holidays-" + UUID.randomUUID() + ".json";
        PageClient.Page uploaded = admin.postFile("/admin/calendar", "/admin/calendar", "file", name, shippedFile());
        assertThat(uploaded.status()).isEqualTo(302);
        PageClient.Page page = admin.get("/admin/calendar");
        assertThat(page.body()).contains("Bank holidays file uploaded").contains(name)
                .contains("A gov.uk file uploaded by an administrator").contains(DemoAccounts.ADMIN.email());
    }

    @Test
    void a_broken_file_is_rejected_whole_and_the_file_in_use_stays() throws Exception {
        PageClient admin = admin();
        String good = "bank-holidays-" + UUID.randomUUID() + ".json";
        admin.postFile("/admin/calendar", "/admin/calendar", "file", good, shippedFile());
        String broken = new String(shippedFile(), StandardCharsets.UTF_8).replace("2027-12-28", "2027-12-32");

        PageClient.Page rejected = admin.postFile("/admin/calendar", "/admin/calendar", "file", "broken.json",
                broken.getBytes(StandardCharsets.UTF_8));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("govuk-error-summary").contains("must have a real date");
        assertThat(admin.get("/admin/calendar").body()).contains(good).doesNotContain("broken.json");
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_without_an_error_page() {
        PageClient.Page refused = admin().postFile("/admin/calendar", "/admin/calendar", "file", "huge.json",
                new byte[7 * 1024 * 1024]);
        assertThat(refused.status()).isLessThan(500);
    }

    @Test
    void no_file_chosen_is_an_error() {
        PageClient.Page rejected = admin().postFile("/admin/calendar", "/admin/calendar", "file", "", new byte[0]);
        assertThat(rejected.body()).contains("Select a bank holidays file");
    }

    @Test
    void a_bad_date_in_the_calculator_is_an_error_with_what_was_typed_kept() {
        PageClient.Page page = admin().get("/admin/calendar?from=31%2F2%2F2026&add=5");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("as a real date").contains("value=\"31/2/2026\"");
    }

    @Test
    void a_year_that_is_not_a_number_is_an_error_with_what_was_typed_kept() {
        PageClient.Page page = admin().get("/admin/calendar?year=20x6");
        assertThat(page.body()).contains("govuk-error-summary").contains("Enter a year between 1900 and 2199")
                .contains("value=\"20x6\"");
    }

    @Test
    void the_calculator_answers_n_working_days_after_a_date() {
        PageClient.Page page = admin().get("/admin/calendar?from=24%2F12%2F2026&add=1");
        assertThat(page.body()).contains("Tuesday 29 December 2026");
    }

    @Test
    void a_tutor_may_not_see_the_calendar_page() {
        PageClient tutor = PageClient.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get("/admin/calendar").status()).isEqualTo(403);
    }

    @Test
    void a_tutor_may_not_upload_a_file() throws Exception {
        PageClient tutor = PageClient.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        PageClient.Page refused = tutor.postFile("/", "/admin/calendar", "file", "bank-holidays.json", shippedFile());
        assertThat(refused.status()).isEqualTo(403);
    }
}
