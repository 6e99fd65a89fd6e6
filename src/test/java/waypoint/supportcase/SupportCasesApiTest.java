package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Support cases through the API: a case from stage 2 to stage 4, each refused step answered 409 with the policy's
 * reason, the emails sent to the people your support policy names and kept on the case, bad input answered 400, and who
 * may see and do what.
 */
@WaypointTest
class SupportCasesApiTest {

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
    JdbcClient jdbc;

    SupportPeople people;
    Api coach;
    Api lead;

    @BeforeEach
    void givenAnApprenticeInLearning() {
        people = new SupportPeople(accounts, organisation, apprenticeships, 120);
        coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        lead = Api.at(port).signedInAs(people.lead.email(), SupportPeople.PASSWORD);
    }

    private String open() {
        Api.Response opened = coach.post("/api/v1/apprenticeships/" + people.apprenticeship + "/support-cases",
                "{\"stage\":2,\"kind\":\"BOTH\",\"reason\":\"Behind on hours; money worries\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("supportCase").get("stage").asString()).isEqualTo("STAGE_2");
        return opened.json().get("supportCase").get("id").asString();
    }

    /**
     * The support cases list: someone who sees every apprenticeship (the head of delivery) is told how many cases are
     * at each stage and given the open cases, the furthest stage first and then the latest changed, as reading every
     * case would give them; a coach only those of the apprenticeships they work on.
     */
    @Test
    void the_cases_list_counts_and_orders_every_case_someone_may_see_and_no_other() {
        String opened = open();
        Api head = Api.at(port).signedInAs(people.head.email(), SupportPeople.PASSWORD);

        Api.Response everyone = head.get("/api/v1/support-cases");
        assertThat(everyone.status()).isEqualTo(200);
        jdbc.sql("SELECT stage, count(*) AS n FROM support_case GROUP BY stage").query().listOfRows()
                .forEach(row -> assertThat(everyone.json().get("countsByStage").get((String) row.get("stage")).asLong())
                        .as((String) row.get("stage")).isEqualTo(((Number) row.get("n")).longValue()));
        assertThat(everyone.json().get("total").asLong()).isEqualTo(jdbc.sql(
                "SELECT count(*) FROM support_case WHERE stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')")
                .query(Long.class).single());
        List<String> firstPage = jdbc.sql("""
                SELECT id::text FROM support_case WHERE stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')
                ORDER BY stage DESC, updated_at DESC, id LIMIT 25""").query(String.class).list();
        List<String> listed = new java.util.ArrayList<>();
        everyone.json().get("items").forEach(item -> listed.add(item.get("id").asString()));
        assertThat(listed).containsExactlyElementsOf(firstPage);
        Api.Response atStageTwo = head.get("/api/v1/support-cases?stage=STAGE_2");
        assertThat(atStageTwo.json().get("total").asLong()).isEqualTo(
                jdbc.sql("SELECT count(*) FROM support_case WHERE stage = 'STAGE_2'").query(Long.class).single());

        Api.Response own = coach.get("/api/v1/support-cases");
        assertThat(own.json().get("countsByStage").propertyNames()).containsExactly("STAGE_2");
        assertThat(own.json().get("countsByStage").get("STAGE_2").asLong()).isEqualTo(1);
        assertThat(own.json().get("total").asLong()).isEqualTo(1);
        assertThat(own.json().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("id").asString()).isEqualTo(opened));
    }

    private String meeting(String notes) {
        return "{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"attendees\":\"Sam, Cora\",\"employerAttended\":true,"
                + "\"progressUpdate\":\"Half the hours logged\",\"successes\":\"Presented to the team\","
                + "\"blockers\":\"Busy weeks\",\"amendments\":\"None\",\"supportRequests\":\"Study half-day\","
                + "\"staffNotes\":" + (notes == null ? "null" : "\"" + notes + "\"") + "}";
    }

    private List<String> subjectsTo(String email) {
        return jdbc.sql("SELECT subject FROM email_message WHERE recipient = :to ORDER BY created_at")
                .param("to", email).query(String.class).list();
    }

    @Test
    void a_case_goes_from_stage_two_to_stage_four_only_as_the_policy_allows_and_the_emails_go_to_the_seeds_people() {
        String id = open();
        String base = "/api/v1/support-cases/" + id;

        // a second open case is refused
        Api.Response again = coach.post("/api/v1/apprenticeships/" + people.apprenticeship + "/support-cases",
                "{\"stage\":1,\"kind\":\"PASTORAL\",\"reason\":\"Again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already has an open support case");

        // stage 3 before the apprentice was told in person: refused with the reason
        String stage3 = "{\"supportSoFar\":\"Two check-ins\",\"reasons\":\"Still behind\",\"planUntil\":\""
                + LocalDate.now(clock).plusDays(40) + "\",\"actions\":[{\"description\":\"Log the hours\",\"dueOn\":\""
                + LocalDate.now(clock).plusDays(20) + "\"}]}";
        Api.Response early = coach.post(base + "/stage-3", stage3);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString())
                .isEqualTo("stage 3 needs the apprentice to have been told in person first");

        assertThat(coach.post(base + "/actions/record-told-in-person", "{\"date\":\"" + LocalDate.now(clock) + "\"}")
                .status()).isEqualTo(200);
        Api.Response started = coach.post(base + "/stage-3", stage3);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("supportCase").get("stage").asString()).isEqualTo("STAGE_3");

        // stage 4 before stage 3 took place
        Api.Response tooSoon = lead.post(base + "/actions/start-stage-4", "{}");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.json().get("detail").asString()).isEqualTo("stage 4 needs stage 3 to have taken place (its two meetings)");

        assertThat(coach.post(base + "/meetings", meeting("Coach worried about the line manager")).status()).isEqualTo(201);
        assertThat(coach.post(base + "/meetings", meeting(null)).status()).isEqualTo(201);
        // the time plan runs 40 more days: a recommendation now needs the reason for making it early
        Api.Response tooEarly = coach.post(base + "/recommendations",
                "{\"outcome\":\"ESCALATE_TO_STAGE_4\",\"reasons\":\"Hours still behind\"}");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("earlyReason").contains("give the reason for making it earlier");
        assertThat(coach.post(base + "/recommendations", "{\"outcome\":\"ESCALATE_TO_STAGE_4\",\"reasons\":"
                + "\"Hours still behind\",\"earlyReason\":\"Both meetings show no progress\"}").status())
                .isEqualTo(201);

        Api.Response noEmail = lead.post(base + "/actions/start-stage-4", "{}");
        assertThat(noEmail.status()).isEqualTo(409);
        assertThat(noEmail.json().get("detail").asString())
                .isEqualTo("stage 4 needs the stage 3 recommendation email to have been sent");

        assertThat(coach.post(base + "/actions/send-recommendation-email", "{}").status()).isEqualTo(200);
        // the coach may not take the lead's step: refused naming the rule
        Api.Response notYours = coach.post(base + "/actions/start-stage-4", "{}");
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.json().get("detail").asString()).startsWith("Your support policy: only the")
                .endsWith("may start stage 4 and send its introduction email");
        // stage 4 carries its own time plan, set before it begins
        Api.Response noPlan = lead.post(base + "/actions/start-stage-4", "{\"note\":\"The lead will chair\"}");
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.body()).contains("planUntil");
        Api.Response four = lead.post(base + "/actions/start-stage-4", "{\"note\":\"The lead will chair\","
                + "\"planUntil\":\"" + LocalDate.now(clock).plusDays(30) + "\"}");
        assertThat(four.status()).as(four.body()).isEqualTo(200);
        assertThat(four.json().get("supportCase").get("stage").asString()).isEqualTo("STAGE_4");

        // the emails: stage 3 to the apprentice, copied to the line manager and the client partner; the
        // recommendation also to the pastoral lead; the stage 4 introduction; each kept on the case
        JsonNode emails = coach.get(base + "/emails").json();
        assertThat(emails.size()).isEqualTo(3);
        assertThat(emails.get(0).get("recipients").asString()).contains(people.learner.email(),
                people.manager.email(), people.clientPartner.email());
        assertThat(emails.get(1).get("recipients").asString()).contains(people.lead.email());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(subjectsTo(people.learner.email())).anyMatch(s -> s.startsWith("Formal support (stage 3)"))
                    .anyMatch(s -> s.startsWith("Stage 3 recommendation")).anyMatch(s -> s.contains("(stage 4)"));
            assertThat(subjectsTo(people.manager.email())).anyMatch(s -> s.startsWith("Formal support (stage 3)"));
            assertThat(subjectsTo(people.clientPartner.email())).anyMatch(s -> s.startsWith("Formal support (stage 3)"));
            assertThat(subjectsTo(people.lead.email())).anyMatch(s -> s.startsWith("Stage 3 recommendation"));
        });

        // everything is on the timeline and in the audit trail
        assertThat(coach.get(base).json().get("timeline").size()).isGreaterThanOrEqualTo(7);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM audit_event WHERE record_id = :id").param("id", id).query(Long.class).single())
                .isGreaterThanOrEqualTo(5));
    }

    @Test
    void the_apprentice_and_their_employer_see_the_case_without_staff_only_notes_and_other_employers_see_nothing() {
        String id = open();
        String base = "/api/v1/support-cases/" + id;
        coach.post(base + "/actions/record-told-in-person", "{\"date\":\"" + LocalDate.now(clock) + "\"}");
        coach.post(base + "/stage-3", "{\"supportSoFar\":\"Check-ins\",\"reasons\":\"Behind\",\"planUntil\":\""
                + LocalDate.now(clock).plusDays(40) + "\",\"actions\":[{\"description\":\"Log the hours\",\"dueOn\":\""
                + LocalDate.now(clock).plusDays(20) + "\"}]}");
        assertThat(coach.post(base + "/meetings", meeting("Private worry about the line manager")).status())
                .isEqualTo(201);
        assertThat(coach.get(base + "/meetings").body()).contains("Private worry");

        Api learner = Api.at(port).signedInAs(people.learner.email(), SupportPeople.PASSWORD);
        Api manager = Api.at(port).signedInAs(people.manager.email(), SupportPeople.PASSWORD);
        for (Api own : List.of(learner, manager)) {
            Api.Response meetings = own.get(base + "/meetings");
            assertThat(meetings.status()).isEqualTo(200);
            assertThat(meetings.body()).contains("Half the hours logged").doesNotContain("Private worry");
            Api.Response detail = own.get(base);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.body()).doesNotContain("Private worry");
            assertThat(detail.json().get("expectedOfYou").size()).isGreaterThan(0);
            // and they cannot take staff steps
            assertThat(own.post(base + "/meetings", meeting(null)).status()).isEqualTo(403);
            assertThat(own.post(base + "/actions/move-to-stage-1", "{}").status()).isEqualTo(403);
            assertThat(own.get("/api/v1/support-cases/at-risk").status()).isEqualTo(403);
        }

        SupportPeople others = new SupportPeople(accounts, organisation, apprenticeships, 120);
        for (String email : List.of(others.manager.email(), others.learner.email(), others.coach.email())) {
            Api other = Api.at(port).signedInAs(email, SupportPeople.PASSWORD);
            assertThat(other.get(base).status()).as(email).isEqualTo(404);
            assertThat(other.get(base + "/meetings").status()).as(email).isEqualTo(404);
            assertThat(other.get(base + "/emails").status()).as(email).isEqualTo(404);
            assertThat(other.post("/api/v1/apprenticeships/" + people.apprenticeship + "/support-cases",
                    "{\"stage\":1,\"kind\":\"PASTORAL\",\"reason\":\"x\"}").status()).as(email).isEqualTo(404);
        }
    }

    @Test
    void a_formal_stage_meeting_is_dated_within_the_stage_whatever_the_route() {
        String id = open();
        String base = "/api/v1/support-cases/" + id;
        LocalDate today = LocalDate.now(clock);
        coach.post(base + "/actions/record-told-in-person", "{\"date\":\"" + today.minusDays(3) + "\"}");
        Api.Response beforeTold = coach.post(base + "/stage-3", "{\"startedOn\":\"" + today.minusDays(4) + "\","
                + "\"supportSoFar\":\"Check-ins\",\"reasons\":\"Behind\",\"planUntil\":\"" + today.plusDays(40)
                + "\",\"actions\":[{\"description\":\"Log the hours\",\"dueOn\":\"" + today.plusDays(20) + "\"}]}");
        assertThat(beforeTold.status()).isEqualTo(400);
        assertThat(beforeTold.body()).contains("Stage 3 begins after the apprentice was told in person");
        assertThat(coach.post(base + "/stage-3", "{\"startedOn\":\"" + today.minusDays(2) + "\","
                + "\"supportSoFar\":\"Check-ins\",\"reasons\":\"Behind\",\"planUntil\":\"" + today.plusDays(40)
                + "\",\"actions\":[{\"description\":\"Log the hours\",\"dueOn\":\"" + today.plusDays(20) + "\"}]}")
                .status()).isEqualTo(200);
        Api.Response early = coach.post(base + "/meetings", meeting(null).replace("\"heldOn\":\"" + today,
                "\"heldOn\":\"" + today.minusDays(5)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("heldOn").contains("A stage 3 meeting is held during stage 3, which began on");
        assertThat(coach.post(base + "/meetings", meeting(null)).status()).isEqualTo(201);
    }

    @Test
    void bad_input_is_answered_with_field_errors_never_a_server_error() {
        String path = "/api/v1/apprenticeships/" + people.apprenticeship + "/support-cases";
        Api.Response bad = coach.post(path, "{\"stage\":3,\"kind\":\"MAYBE\",\"reason\":\"  \"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"stage\"").contains("\"kind\"").contains("\"reason\"");
        assertThat(coach.post(path, "{not json").status()).isEqualTo(400);
        assertThat(coach.get("/api/v1/support-cases/not-a-uuid").status()).isEqualTo(400);
        assertThat(coach.get("/api/v1/apprenticeships/not-a-uuid/support-cases").status()).isEqualTo(400);
        assertThat(coach.get("/api/v1/support-cases/" + UUID.randomUUID()).status()).isEqualTo(404);

        String id = open();
        String base = "/api/v1/support-cases/" + id;
        assertThat(coach.post(base + "/actions/fly-to-the-moon", "{}").status()).isEqualTo(400);
        Api.Response told = coach.post(base + "/actions/record-told-in-person", "{\"date\":\"31/2/2026\"}");
        assertThat(told.status()).isEqualTo(400);
        assertThat(told.body()).contains("\"date\"");
        coach.post(base + "/actions/record-told-in-person", "{\"date\":\"" + LocalDate.now(clock) + "\"}");
        Api.Response stage3 = coach.post(base + "/stage-3", "{\"supportSoFar\":\"\",\"actions\":[{\"description\":"
                + "\"Log\",\"dueOn\":\"yesterday\"}],\"planUntil\":\"2020-01-01\"}");
        assertThat(stage3.status()).isEqualTo(400);
        assertThat(stage3.body()).contains("supportSoFar").contains("reasons").contains("actions[0].dueOn");
        // what was typed reads, then the case's rules: a time plan that ends before the stage began
        Api.Response plan = coach.post(base + "/stage-3", "{\"supportSoFar\":\"Check-ins\",\"reasons\":\"Behind\","
                + "\"actions\":[{\"description\":\"Log\",\"dueOn\":\"" + LocalDate.now(clock).plusDays(5) + "\"}],"
                + "\"planUntil\":\"2020-01-01\"}");
        assertThat(plan.status()).isEqualTo(400);
        assertThat(plan.body()).contains("planUntil").contains("after the day the stage began");
        Api.Response stale = coach.post(base + "/actions/move-to-stage-1", "{\"version\":9999}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since you opened it");
        Api.Response settings = Api.at(port).signedInAs("admin@waypoint.test", SupportPeople.PASSWORD)
                .put("/api/v1/support-cases/settings", "{\"otjPercentBelow\":500}");
        assertThat(settings.status()).isEqualTo(400);
        assertThat(settings.body()).contains("otjPercentBelow").contains("reviewOverdueDays");
    }

    @Test
    void interventions_are_recorded_against_the_apprenticeship_with_dates_owner_and_outcome() {
        String kind = coach.get("/api/v1/support-cases/intervention-kinds").json().get(0).get("id").asString();
        String path = "/api/v1/apprenticeships/" + people.apprenticeship + "/interventions";
        Api.Response added = coach.post(path, "{\"kindId\":\"" + kind + "\",\"details\":\"Fortnightly check-ins\","
                + "\"owner\":\"Cora Coach\",\"startsOn\":\"" + LocalDate.now(clock) + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String intervention = added.json().get(0).get("id").asString();
        Api.Response outcome = coach.post(path + "/" + intervention + "/outcome",
                "{\"outcome\":\"Back on pace\",\"endsOn\":\"" + LocalDate.now(clock).plusDays(30) + "\"}");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.json().get(0).get("outcome").asString()).isEqualTo("Back on pace");
        assertThat(coach.post(path, "{\"kindId\":\"nope\"}").body()).contains("kindId").contains("owner");
        Api learner = Api.at(port).signedInAs(people.learner.email(), SupportPeople.PASSWORD);
        assertThat(learner.post(path, "{\"kindId\":\"" + kind + "\"}").status()).isEqualTo(403);
    }
}
