package waypoint.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;
import waypoint.organisation.StaffMemberId;

/**
 * A cohort's planned group sessions are scheduled in delivery for all its apprentices once staff say when and where
 * they are held, and an apprentice accepted later is added to those still to come. The cohort is the test's own.
 */
@WaypointTest
class CohortGroupSessionsTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdmissionsImport admissions;

    private LocalDate today;
    private LocalDate start;

    @BeforeEach
    void today() {
        today = clock.today();
        start = today.plusWeeks(6);
    }

    @Test
    void the_cohorts_group_sessions_are_scheduled_for_its_apprentices_and_a_newcomer_joins_those_still_to_come() {
        UUID course = jdbc.sql("SELECT id FROM admissions_course WHERE slug = 'learning-and-skills-mentor'")
                .query(UUID.class).single();
        UUID tutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.TUTOR.email()).query(UUID.class).single();
        String held = "Held already " + UUID.randomUUID();
        String toCome = "Mentoring models " + UUID.randomUUID();
        UUID cohort = admissions.cohort(course, "Group sessions " + UUID.randomUUID(), start, 3, new StaffMemberId(tutor),
                "Online every 4 weeks", Map.of(today.minusDays(1), held, start.plusWeeks(1), toCome));
        UUID first = accepted(cohort, "Amara");

        // nobody has said when the sessions are held: they are in no calendar, and the cohort's page says so
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page page = admin.get("/admissions/cohorts/" + cohort);
        assertThat(page.text()).contains("These sessions are not in anyone's calendar yet");
        assertThat(sessions(cohort)).isEmpty();

        // bad input is answered on the page, with what was typed kept
        PageClient.Page wrong = admin.post("/admissions/cohorts/" + cohort + "/group-sessions", page,
                Map.of("time", "ten", "minutes", "7", "place", "http://insecure.example"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("Error:", "There is a problem", "Enter the start time",
                "The length must be 15 to 600 minutes", "A link must start with https://");
        assertThat(wrong.body()).contains("value=\"ten\"");
        // a tutor reads the cohort but does not plan it
        PageClient tutorBrowser = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutorBrowser.post("/admissions/cohorts/" + cohort + "/group-sessions",
                tutorBrowser.get("/admissions/cohorts/" + cohort), Map.of("time", "10:00", "minutes", "180",
                        "place", "Room 2")).status()).isEqualTo(403);

        PageClient.Page saved = admin.post("/admissions/cohorts/" + cohort + "/group-sessions", wrong,
                Map.of("time", "10:00", "minutes", "180", "place", "Room 2, Leeds office"));
        assertThat(saved.location()).contains("/admissions/cohorts/" + cohort);
        assertThat(admin.follow(saved).text()).contains("Each is held at 10:00 for 180 minutes, Room 2, Leeds office")
                .doesNotContain("not in anyone's calendar");

        // only the session still to come, as one group session with the cohort's tutor
        List<UUID> scheduled = sessions(cohort);
        assertThat(scheduled).hasSize(1);
        UUID session = scheduled.get(0);
        assertThat(jdbc.sql("SELECT kind || ' ' || topic || ' ' || place FROM delivery_session WHERE id = :id")
                .param("id", session).query(String.class).single()).isEqualTo("GROUP " + toCome + " Room 2, Leeds office");
        assertThat(attendees(session)).containsExactly(first);

        // an apprentice accepted later joins it; saying the times again adds no second session
        UUID second = accepted(cohort, "Bilal");
        assertThat(sessions(cohort)).containsExactly(session);
        assertThat(attendees(session)).containsExactlyInAnyOrder(first, second);
        admin.post("/admissions/cohorts/" + cohort + "/group-sessions", admin.get("/admissions/cohorts/" + cohort),
                Map.of("time", "10:00", "minutes", "180", "place", "Room 2, Leeds office"));
        assertThat(sessions(cohort)).containsExactly(session);
        assertThat(attendees(session)).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary LIKE 'Joined by%'")
                .param("id", session.toString()).query(Long.class).single()).isEqualTo(1);

        // the API says the same, and answers bad input with a problem
        Api api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response bad = api.put("/api/v1/cohorts/" + cohort + "/group-sessions",
                "{\"time\":\"25:00\",\"minutes\":180,\"place\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("Enter the start time", "Enter the place");
        Api.Response put = api.put("/api/v1/cohorts/" + cohort + "/group-sessions",
                "{\"time\":\"10:00\",\"minutes\":180,\"place\":\"Room 2, Leeds office\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"groupSessionTimes\"", "Room 2, Leeds office");
        assertThat(sessions(cohort)).containsExactly(session);

        // the session is on the apprentices' own sessions pages
        assertThat(admin.get("/apprenticeships/" + second + "/sessions").text()).contains(toCome);
    }

    private UUID accepted(UUID cohort, String given) {
        String email = given.toLowerCase() + "-" + UUID.randomUUID() + "@learners.test";
        UUID application = admissions.application(cohort, new AdmissionsImport.Person(false, given, "Group", email,
                null, "Northgate Engineering Ltd", null, LocalDate.of(1995, 5, 17), "LS1 6DT",
                AdmissionsJourneyTest.uln(email), "Morgan Price", "morgan.price@northgate.test", "GCSE English grade 4",
                "GCSE maths grade 4", "Employer"));
        admissions.steps(application, List.of("contact", "find-eligible"), null);
        return admissions.accept(application, "Morgan Price, line manager", today, start.plusMonths(15),
                new BigDecimal("30")).value();
    }

    private List<UUID> sessions(UUID cohort) {
        return jdbc.sql("SELECT id FROM delivery_session WHERE plan_key LIKE :key").param("key", "cohort:" + cohort + ":%")
                .query(UUID.class).list();
    }

    private List<UUID> attendees(UUID session) {
        return jdbc.sql("SELECT apprenticeship_id FROM delivery_session_learner WHERE session_id = :id")
                .param("id", session).query(UUID.class).list();
    }
}
