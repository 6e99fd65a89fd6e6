package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobHours;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Sessions through the API: the tutor schedules, records and cancels; attendance adds off-the-job hours; refused moves
 * are 409 problems; bad input is a 400 with field errors; people outside the apprenticeship are told it is not found;
 * the calendar feed is RFC 5545 at a private address.
 */
@WaypointTest
class SessionsApiTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    OffTheJobHours hours;
    @Autowired
    DeliveryFacts facts;
    @Autowired
    JdbcClient jdbc;

    DeliveryPeople people;
    Api tutor;
    Api learner;

    @BeforeEach
    void givenAnApprenticeshipInLearningWithoutSessions() {
        people = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        tutor = Api.at(port).signedInAs(people.tutor.email(), DeliveryPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), DeliveryPeople.PASSWORD);
    }

    private String sessionJson(List<UUID> apprenticeshipIds, LocalDate date, String time, String ksbs) {
        return """
                {"apprenticeshipIds": [%s], "date": "%s", "time": "%s", "durationMinutes": "90",
                 "place": "Room 2, Leeds", "remoteLink": "https://teams.example/join/1", "topic": "Planning, the project",
                 "ksbs": "%s"}
                """.formatted(String.join(",", apprenticeshipIds.stream().map(id -> "\"" + id + "\"").toList()), date,
                time, ksbs);
    }

    @Test
    void a_session_recorded_with_attendance_adds_off_the_job_hours_and_closes_the_cadence_gap() throws Exception {
        // given the apprentice started 40 days ago and has had no session: a gap by the provider's 35 days
        assertThat(facts.cadenceGap(new ApprenticeshipId(people.apprenticeship))).get()
                .satisfies(gap -> assertThat(gap.allowedDays()).isEqualTo(35));

        // when the tutor schedules a session yesterday and records it
        Api.Response scheduled = tutor.post("/api/v1/sessions", sessionJson(List.of(people.apprenticeship),
                LocalDate.now(clock).minusDays(1), "10:00", "K1"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        JsonNode session = scheduled.json().get("session");
        String id = session.get("id").asString();
        assertThat(session.get("state").asString()).isEqualTo("SCHEDULED");
        assertThat(session.get("kind").asString()).isEqualTo("ONE_TO_ONE");

        Api.Response recorded = tutor.post("/api/v1/sessions/" + id + "/record", """
                {"attendance": {"%s": "ATTENDED"}, "delivered": "Scoped the project; practised a reflective account.",
                 "actions": [{"kind": "ACTION", "description": "Write the brief", "owner": "LEARNER", "dueDate": "%s"},
                             {"kind": "ASSESSMENT_PLAN", "description": "Observe a briefing", "owner": "TUTOR",
                              "dueDate": "%s"}],
                 "lockVersion": 0}
                """.formatted(people.apprenticeship, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(20)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("session").get("state").asString()).isEqualTo("RECORDED");
        assertThat(recorded.json().get("actions")).hasSize(2);

        // then an off-the-job entry appears for the apprentice, from the session
        String entries = await().atMost(Duration.ofSeconds(10)).until(
                () -> learner.get("/api/v1/apprenticeships/" + people.apprenticeship + "/otj-entries").body(),
                body -> body.contains("Teaching session"));
        assertThat(entries).contains("Teaching session").contains("1.5");
        assertThat(hours.of(new ApprenticeshipId(people.apprenticeship)).orElseThrow().pendingHours().doubleValue()
                + hours.of(new ApprenticeshipId(people.apprenticeship)).orElseThrow().approvedHours().doubleValue()).isGreaterThanOrEqualTo(1.5);
        // and the gap is closed, with one overdue action
        assertThat(facts.lastSessionDate(new ApprenticeshipId(people.apprenticeship))).contains(LocalDate.now(clock).minusDays(1));
        assertThat(facts.cadenceGap(new ApprenticeshipId(people.apprenticeship))).isEmpty();
        assertThat(facts.overdueActions(new ApprenticeshipId(people.apprenticeship))).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("Write the brief"));
        Api.Response cadence = learner.get("/api/v1/apprenticeships/" + people.apprenticeship + "/cadence");
        assertThat(cadence.json().get("overdueActions")).hasSize(1);

        // and recording it again is refused with a 409 problem, as is cancelling or moving it
        Api.Response again = tutor.post("/api/v1/sessions/" + id + "/record", "{\"attendance\": {}, \"delivered\": \"x\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("recorded");
        assertThat(tutor.post("/api/v1/sessions/" + id + "/cancel", "{\"reason\": \"ill\", \"lockVersion\": 1}").status())
                .isEqualTo(409);
        assertThat(tutor.put("/api/v1/sessions/" + id, sessionJson(List.of(), LocalDate.now(clock), "10:00", "")).status())
                .isEqualTo(409);

        // and the learner marks their action done
        String actionId = recorded.json().get("actions").get(0).get("id").asString();
        String learnersAction = recorded.json().get("actions").get(0).get("owner").asString().equals("LEARNER")
                ? actionId : recorded.json().get("actions").get(1).get("id").asString();
        Api.Response done = learner.post("/api/v1/actions/" + learnersAction + "/complete", "{}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(facts.overdueActions(new ApprenticeshipId(people.apprenticeship))).isEmpty();
    }

    /**
     * Someone who sees every apprenticeship (the head of delivery) is told how many sessions each list has, as
     * counting every session would tell: the totals the database keeps follow each session scheduled, recorded and
     * cancelled.
     */
    @Test
    void someone_who_sees_every_apprenticeship_is_told_how_many_sessions_each_list_has() {
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        scheduleOn(LocalDate.now(clock).plusDays(3));
        scheduleOn(LocalDate.now(clock).minusDays(1));
        String toCancel = scheduleOn(LocalDate.now(clock).plusDays(5));
        assertThat(tutor.post("/api/v1/sessions/" + toCancel + "/cancel", "{\"reason\": \"Tutor ill\", \"lockVersion\": 0}")
                .status()).isEqualTo(200);
        String toRecord = scheduleOn(LocalDate.now(clock).minusDays(2));
        assertThat(tutor.post("/api/v1/sessions/" + toRecord + "/record", """
                {"attendance": {"%s": "ATTENDED"}, "delivered": "Planned the project.", "lockVersion": 0}"""
                .formatted(people.apprenticeship)).status()).isEqualTo(200);

        for (String filter : List.of("UPCOMING", "TO_RECORD", "RECORDED", "CANCELLED")) {
            assertThat(head.get("/api/v1/sessions?filter=" + filter).json().get("total").asLong()).as(filter)
                    .isEqualTo(countedOneByOne(filter)).isPositive();
        }
    }

    private String scheduleOn(LocalDate day) {
        Api.Response scheduled = tutor.post("/api/v1/sessions", sessionJson(List.of(people.apprenticeship), day,
                "10:00", ""));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().get("session").get("id").asString();
    }

    private long countedOneByOne(String filter) {
        String condition = switch (filter) {
            case "UPCOMING" -> "state = 'SCHEDULED' AND starts_at >= :now";
            case "TO_RECORD" -> "state = 'SCHEDULED' AND starts_at < :now";
            default -> "state = '" + filter + "'";
        };
        return jdbc.sql("SELECT count(*) FROM delivery_session WHERE " + condition)
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    @Test
    void a_session_that_has_not_started_cannot_be_recorded_and_a_cancelled_one_cannot_be_moved() {
        Api.Response scheduled = tutor.post("/api/v1/sessions", sessionJson(List.of(people.apprenticeship),
                LocalDate.now(clock).plusDays(3), "14:30", ""));
        String id = scheduled.json().get("session").get("id").asString();

        Api.Response early = tutor.post("/api/v1/sessions/" + id + "/record", """
                {"attendance": {"%s": "ATTENDED"}, "delivered": "x", "lockVersion": 0}""".formatted(people.apprenticeship));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("once it has taken place");

        Api.Response stale = tutor.post("/api/v1/sessions/" + id + "/cancel", "{\"reason\": \"Tutor ill\", \"lockVersion\": 7}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("title").asString()).isEqualTo("The session changed since it was shown");

        Api.Response noReason = tutor.post("/api/v1/sessions/" + id + "/cancel", "{\"lockVersion\": 0}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        assertThat(tutor.post("/api/v1/sessions/" + id + "/cancel", "{\"reason\": \"Tutor ill\", \"lockVersion\": 0}")
                .json().get("session").get("state").asString()).isEqualTo("CANCELLED");
        assertThat(tutor.put("/api/v1/sessions/" + id, sessionJson(List.of(), LocalDate.now(clock).plusDays(4), "10:00", ""))
                .status()).isEqualTo(409);
    }

    @Test
    void bad_input_is_a_problem_with_field_errors_never_a_server_error() {
        Api.Response bad = tutor.post("/api/v1/sessions", """
                {"apprenticeshipIds": ["%s"], "date": "31/2/2026", "time": "10:07", "durationMinutes": "lots",
                 "remoteLink": "http://insecure", "topic": "", "ksbs": "K999"}
                """.formatted(people.apprenticeship));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"date\"", "\"time\"", "\"durationMinutes\"", "\"remoteLink\"", "\"topic\"");
        // the KSBs are checked against the apprentice's standard once the rest is right
        Api.Response unknownKsb = tutor.post("/api/v1/sessions", sessionJson(List.of(people.apprenticeship),
                LocalDate.now(clock).plusDays(2), "09:00", "K999"));
        assertThat(unknownKsb.status()).isEqualTo(400);
        assertThat(unknownKsb.body()).contains("\"ksbs\"", "K999 is not one");
        assertThat(tutor.post("/api/v1/sessions", "{\"apprenticeshipIds\": []}").status()).isEqualTo(400);
        assertThat(tutor.post("/api/v1/sessions", "{\"apprenticeshipIds\": [\"not-an-id\"]}").status()).isEqualTo(400);
        assertThat(tutor.post("/api/v1/sessions", "{not json").status()).isEqualTo(400);
        assertThat(tutor.get("/api/v1/sessions/not-an-id").status()).isEqualTo(400);
        assertThat(tutor.get("/api/v1/sessions/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void only_staff_working_on_the_apprenticeship_schedule_and_others_are_told_it_is_not_found() {
        DeliveryPeople others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        Api otherTutor = Api.at(port).signedInAs(others.tutor.email(), DeliveryPeople.PASSWORD);
        Api otherLearner = Api.at(port).signedInAs(others.learner.email(), DeliveryPeople.PASSWORD);
        Api otherManager = Api.at(port).signedInAs(others.manager.email(), DeliveryPeople.PASSWORD);
        Api manager = Api.at(port).signedInAs(people.manager.email(), DeliveryPeople.PASSWORD);
        String body = sessionJson(List.of(people.apprenticeship), LocalDate.now(clock).plusDays(2), "09:00", "");

        // the apprentice and their employer may not schedule; another tutor is told it is not found
        assertThat(learner.post("/api/v1/sessions", body).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/sessions", body).status()).isEqualTo(403);
        assertThat(otherTutor.post("/api/v1/sessions", body).status()).isEqualTo(404);

        String id = tutor.post("/api/v1/sessions", body).json().get("session").get("id").asString();
        // the apprentice and their line manager see it, and it is in their lists
        assertThat(learner.get("/api/v1/sessions/" + id).status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/sessions/" + id).status()).isEqualTo(200);
        assertThat(learner.get("/api/v1/sessions?filter=UPCOMING").body()).contains(id);
        assertThat(manager.get("/api/v1/sessions?filter=UPCOMING").body()).contains(id);
        // and no one else does
        for (Api stranger : List.of(otherTutor, otherLearner, otherManager)) {
            Api.Response answer = stranger.get("/api/v1/sessions/" + id);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(people.learner.displayName());
            assertThat(stranger.get("/api/v1/sessions?filter=UPCOMING").body()).doesNotContain(id);
            assertThat(stranger.post("/api/v1/sessions/" + id + "/cancel", "{\"reason\": \"x\", \"lockVersion\": 0}")
                    .status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/apprenticeships/" + people.apprenticeship + "/cadence").status())
                    .isEqualTo(404);
        }
        // the apprentice cannot cancel their own session
        assertThat(learner.post("/api/v1/sessions/" + id + "/cancel", "{\"reason\": \"x\", \"lockVersion\": 0}").status())
                .isEqualTo(403);
        // the cadence gaps are for staff, and a tutor sees their own apprentice there
        assertThat(learner.get("/api/v1/cadence-gaps").status()).isEqualTo(403);
        assertThat(tutor.get("/api/v1/cadence-gaps").body()).contains(people.apprenticeship.toString());
        assertThat(otherTutor.get("/api/v1/cadence-gaps").body()).doesNotContain(people.apprenticeship.toString());
    }

    @Test
    void a_group_session_notifies_each_apprentice_and_their_employer_and_shows_in_their_calendar_feeds() {
        UUID[] second = new UUID[1];
        var grouped = people.another(accounts, organisation, apprenticeships, second);
        Api.Response scheduled = tutor.post("/api/v1/sessions", sessionJson(List.of(people.apprenticeship, second[0]),
                LocalDate.now(clock).plusDays(5), "13:30", "K1, S1"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String id = scheduled.json().get("session").get("id").asString();
        assertThat(scheduled.json().get("session").get("kind").asString()).isEqualTo("GROUP");

        // then the two apprentices and the line manager are emailed (the tutor who scheduled it is not)
        for (String email : List.of(people.learner.email(), grouped.email(), people.manager.email())) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM"
                    + " email_message WHERE recipient = :to AND subject LIKE 'Session scheduled%'").param("to", email)
                    .query(Long.class).single()).as(email).isEqualTo(1));
        }

        // and the apprentice's calendar feed, at their private address, holds the session in RFC 5545
        String address = learner.get("/api/v1/calendar-feed").json().get("address").asString();
        String path = address.substring(address.indexOf("/calendar/"));
        Api.Response feed = Api.at(port).get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        var events = ICalendarTest.events(feed.body());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("UID")).isEqualTo(id + "@waypoint");
            assertThat(e.get("DTSTART")).matches("\\d{8}T\\d{6}Z");
            assertThat(e.get("SUMMARY")).startsWith("Planning\\, the project");
            assertThat(e.get("STATUS")).isEqualTo("CONFIRMED");
        });
        // and the tutor's feed has it too, the other learner's not
        String tutorFeed = tutor.get("/api/v1/calendar-feed").json().get("address").asString();
        assertThat(Api.at(port).get(tutorFeed.substring(tutorFeed.indexOf("/calendar/"))).body()).contains(id);

        // when the apprentice resets the address, the old one finds nothing
        learner.post("/api/v1/calendar-feed/reset", "{}");
        assertThat(Api.at(port).get(path).status()).isEqualTo(404);
        assertThat(Api.at(port).get("/calendar/guessed.ics").status()).isEqualTo(404);
    }
}
