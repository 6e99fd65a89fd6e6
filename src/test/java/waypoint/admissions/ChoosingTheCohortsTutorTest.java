package waypoint.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Planning a cohort, its tutor is found by searching by name once the provider has more tutors than a list can show
 * (the test run lists at most three): searching keeps what was typed and saves nothing, a search matching nobody says
 * so, and someone who may not lead a cohort is refused on the form. Only administrators and heads of delivery open it.
 */
@WaypointTest
class ChoosingTheCohortsTutorTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    TestClock clock;

    @Test
    void the_head_of_delivery_finds_the_tutor_by_searching_and_plans_the_cohort() {
        String name = "Cora Cohort " + UUID.randomUUID().toString().substring(0, 8);
        UUID tutor = tutor(name);
        tutor("Another tutor");
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/admissions/cohorts/new");
        assertThat(form.body()).contains("Find the tutor").doesNotContain("<select class=\"govuk-select\" id=\"tutorStaffId\"");

        Map<String, String> typed = typed(null);
        typed.put("find", "tutor");
        typed.put("tutorSearch", name);
        PageClient.Page found = head.post("/admissions/cohorts/new", form, typed);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("type=\"radio\"").contains("value=\"" + tutor + "\"")
                .contains("value=\"Searched for its tutor\"").doesNotContain("govuk-error-summary");

        PageClient.Page planned = head.post("/admissions/cohorts/new", found, typed(tutor));
        assertThat(planned.status()).isEqualTo(302);
        assertThat(head.follow(planned).body()).contains("Searched for its tutor").contains(name);
    }

    @Test
    void a_search_matching_nobody_says_so_and_someone_who_may_not_lead_a_cohort_is_refused() {
        tutor("Another tutor");
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/admissions/cohorts/new");
        Map<String, String> typed = typed(null);
        typed.put("find", "tutor");
        typed.put("tutorSearch", "Nobody Called This");
        assertThat(head.post("/admissions/cohorts/new", form, typed).body())
                .contains("No tutors match ‘Nobody Called This’").doesNotContain("type=\"radio\"");

        UUID notATutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.QUALITY.email()).query(UUID.class).single();
        PageClient.Page refused = head.post("/admissions/cohorts/new", form, typed(notATutor));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Select the cohort&#39;s tutor")
                .contains("href=\"#tutorStaffId\"").contains("id=\"tutorStaffId\"")
                .contains("value=\"Searched for its tutor\"");
    }

    @Test
    void only_administrators_and_heads_of_delivery_open_the_form() {
        for (DemoAccounts account : DemoAccounts.values()) {
            boolean plans = account.roles().contains(Role.ADMINISTRATOR)
                    || account.roles().contains(Role.HEAD_OF_DELIVERY);
            assertThat(PageClient.signedInAs(port, account).get("/admissions/cohorts/new").status()).as(account.name())
                    .isEqualTo(plans ? 200 : 403);
        }
    }

    /** A tutor of the provider's: with the demo's three, more than the test run lists. */
    private UUID tutor(String name) {
        return organisation.staff(new StaffDetails(name, "cohort-tutor-" + UUID.randomUUID() + "@example.test", null,
                Set.of(Role.TUTOR))).value();
    }

    private Map<String, String> typed(UUID tutor) {
        UUID course = jdbc.sql("SELECT id FROM admissions_course WHERE slug = 'learning-and-skills-mentor'")
                .query(UUID.class).single();
        LocalDate start = clock.today().plusWeeks(6);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("courseId", course.toString());
        fields.put("name", "Searched for its tutor");
        fields.put("startDate", start.getDayOfMonth() + " " + start.getMonthValue() + " " + start.getYear());
        fields.put("capacity", "12");
        if (tutor != null) {
            fields.put("tutorStaffId", tutor.toString());
        }
        fields.put("deliveryPattern", "Online every 4 weeks");
        fields.put("sessions", "");
        return fields;
    }
}
