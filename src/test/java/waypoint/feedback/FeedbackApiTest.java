package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/** The feedback API: raising with deadlines, stage changes as actions, 409 for refused steps, and who sees what. */
@WaypointTest
class FeedbackApiTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private static String complaint(boolean formal, String receivedAt) {
        return """
                {"kind": "COMPLAINT", "formal": %s, "receivedAt": "%s", "channel": "LETTER",
                 "complainantName": "Pat Parent %s", "complainantEmail": "pat@example.test",
                 "complainantType": "OTHER", "summary": "Assessment feedback was late",
                 "details": "Three weeks without feedback on the portfolio.", "category": "ASSESSMENT"}"""
                .formatted(formal, receivedAt, UUID.randomUUID());
    }

    @Test
    void staff_record_a_formal_complaint_and_get_its_stage_and_deadlines() {
        var response = as(DemoAccounts.HEAD).post("/api/v1/feedback", complaint(true, "2025-12-23T10:00:00Z"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var json = response.json();
        assertThat(json.get("stage").asInt()).isEqualTo(2);
        assertThat(json.get("status").asString()).isEqualTo("RECEIVED");
        // Tuesday 23 December 2025: Christmas Day, Boxing Day and New Year's Day are not working days
        assertThat(json.get("acknowledgeBy").asString()).isEqualTo("2025-12-29");
        assertThat(json.get("respondBy").asString()).isEqualTo("2026-01-09");
        assertThat(json.get("reference").asString()).startsWith("FB-");
    }

    @Test
    void stage_changes_are_actions_and_a_step_not_allowed_now_is_a_409_with_the_reason() {
        Api head = as(DemoAccounts.HEAD);
        String id = head.post("/api/v1/feedback", complaint(false, "2026-01-05T09:00:00Z")).json().get("id").asString();

        // an informal complaint cannot go to stage 3 straight away
        var refused = head.post("/api/v1/feedback/" + id + "/actions/escalate-to-stage-3", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Stage 1");

        var acknowledged = head.post("/api/v1/feedback/" + id + "/actions/acknowledge", "{}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");

        var stage2 = head.post("/api/v1/feedback/" + id + "/actions/escalate-to-stage-2", "{\"receivedOn\": \"2026-01-12\"}");
        assertThat(stage2.json().get("stage").asInt()).isEqualTo(2);
        assertThat(stage2.json().get("respondBy").asString()).isEqualTo("2026-01-26");

        var noText = head.post("/api/v1/feedback/" + id + "/actions/respond", "{}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("errors").get(0).get("field").asString()).isEqualTo("text");

        var responded = head.post("/api/v1/feedback/" + id + "/actions/respond", "{\"text\": \"We have reviewed it.\"}");
        assertThat(responded.json().get("status").asString()).isEqualTo("RESPONDED");
        assertThat(responded.json().get("escalateBy")).isNotNull();

        var stage3 = head.post("/api/v1/feedback/" + id + "/actions/escalate-to-stage-3", "{}");
        assertThat(stage3.status()).as(stage3.body()).isEqualTo(200);
        assertThat(stage3.json().get("stage").asInt()).isEqualTo(3);

        var timeline = head.get("/api/v1/feedback/" + id + "/timeline");
        assertThat(timeline.json().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_complaint_is_seen_only_by_its_handlers_the_quality_role_and_the_complainant() {
        // given Lola Learner complains informally about her tutor: Taylor Tutor handles it at stage 1
        Api learner = as(DemoAccounts.LEARNER);
        var raised = learner.post("/api/v1/feedback", """
                {"kind": "COMPLAINT", "formal": false, "summary": "My reviews keep being moved",
                 "details": "Three reviews moved at short notice.", "category": "TEACHING"}""");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asString();
        assertThat(raised.json().get("stage").asInt()).isEqualTo(1);
        assertThat(raised.json().get("channel").asString()).isEqualTo("ONLINE");

        // then her tutor, the quality role and she herself see it
        assertThat(as(DemoAccounts.TUTOR).get("/api/v1/feedback/" + id).status()).isEqualTo(200);
        assertThat(as(DemoAccounts.QUALITY).get("/api/v1/feedback/" + id).status()).isEqualTo(200);
        assertThat(learner.get("/api/v1/feedback/" + id).status()).isEqualTo(200);

        // and a tutor not involved, an administrator and the employer do not, not even in their lists
        for (DemoAccounts outsider : new DemoAccounts[] {DemoAccounts.LEAD, DemoAccounts.ADMIN, DemoAccounts.EMPLOYER}) {
            Api api = as(outsider);
            var denied = api.get("/api/v1/feedback/" + id);
            assertThat(denied.status()).as(outsider.name()).isEqualTo(404);
            assertThat(denied.body()).doesNotContain("My reviews keep being moved");
            assertThat(api.get("/api/v1/feedback?q=reviews+keep+being+moved").body())
                    .as(outsider.name()).doesNotContain(id);
            assertThat(api.post("/api/v1/feedback/" + id + "/actions/acknowledge", "{}").status()).isEqualTo(404);
        }

        // and the learner sees only their own feedback, not a complaint recorded for someone else
        String other = as(DemoAccounts.HEAD).post("/api/v1/feedback", complaint(true, "2026-01-05T09:00:00Z"))
                .json().get("id").asString();
        assertThat(learner.get("/api/v1/feedback/" + other).status()).isEqualTo(404);
        assertThat(learner.get("/api/v1/feedback?page=0").body()).contains(id).doesNotContain(other);

        // and the learner may not handle her own complaint, only escalate it
        assertThat(learner.post("/api/v1/feedback/" + id + "/actions/close", "{}").status()).isEqualTo(403);
        assertThat(learner.post("/api/v1/feedback/" + id + "/actions/escalate-to-stage-2", "{}").status()).isEqualTo(200);
    }

    @Test
    void bad_input_is_a_400_with_the_fields_never_a_500() {
        Api head = as(DemoAccounts.HEAD);
        var empty = head.post("/api/v1/feedback", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("kind", "summary", "details", "complainantName");

        var wrongKind = head.post("/api/v1/feedback", "{\"kind\": \"GRUMBLE\"}");
        assertThat(wrongKind.status()).isEqualTo(400);

        var appeal = head.post("/api/v1/feedback", """
                {"kind": "APPEAL", "complainantName": "Sam", "summary": "Grade", "details": "Unfair grade"}""");
        assertThat(appeal.body()).contains("appealRoute", "assessmentDate");
    }

    @Test
    void an_appeal_records_its_route_and_the_20_day_window_from_the_assessment() {
        var appeal = as(DemoAccounts.HEAD).post("/api/v1/feedback", """
                {"kind": "APPEAL", "complainantName": "Sam Appellant", "complainantType": "LEARNER",
                 "summary": "Unit 3 grade", "details": "The observation was cut short.", "channel": "EMAIL",
                 "appealRoute": "EPAO", "assessmentDate": "2026-05-01", "receivedAt": "2026-06-10T09:00:00Z"}""");
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
        assertThat(appeal.json().get("appealRoute").asString()).isEqualTo("EPAO");
        // 20 calendar days: the learner handbook counts days, not working days
        assertThat(appeal.json().get("appealBy").asString()).isEqualTo("2026-05-21");
        assertThat(appeal.json().get("appealOutsideWindow").asBoolean()).isTrue();
    }

    @Test
    void an_appeal_keeps_the_organisations_own_last_day_when_it_is_recorded() {
        var appeal = as(DemoAccounts.HEAD).post("/api/v1/feedback", """
                {"kind": "APPEAL", "complainantName": "Sam Appellant", "complainantType": "LEARNER",
                 "summary": "Maths functional skills", "details": "Marked against the wrong level.", "channel": "EMAIL",
                 "appealRoute": "AWARDING_ORGANISATION", "assessmentDate": "2026-05-01",
                 "organisationAppealBy": "2026-06-12", "receivedAt": "2026-06-10T09:00:00Z"}""");
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
        assertThat(appeal.json().get("appealBy").asString()).isEqualTo("2026-06-12");
        assertThat(appeal.json().get("appealOutsideWindow").asBoolean()).isFalse();

        var before = as(DemoAccounts.HEAD).post("/api/v1/feedback", """
                {"kind": "APPEAL", "complainantName": "Sam Appellant", "complainantType": "LEARNER",
                 "summary": "Maths functional skills", "details": "Marked wrongly.", "channel": "EMAIL",
                 "appealRoute": "AWARDING_ORGANISATION", "assessmentDate": "2026-05-01",
                 "organisationAppealBy": "2026-04-01"}""");
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("organisationAppealBy");
    }

    @Test
    void the_employer_who_lodged_an_appeal_is_sent_its_decision() {
        // given the employer appeals against an assessment of their apprentice
        String summary = "Observation cut short " + UUID.randomUUID();
        var lodged = as(DemoAccounts.EMPLOYER).post("/api/v1/feedback", """
                {"kind": "APPEAL", "summary": "%s", "details": "The observation ended after ten minutes.",
                 "appealRoute": "PROVIDER", "assessmentDate": "%s"}""".formatted(summary, LocalDate.now(clock).minusDays(3)));
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        String id = lodged.json().get("id").asString();
        Api quality = as(DemoAccounts.QUALITY);

        // when the quality lead closes it without a decision, they are asked for one
        var noDecision = quality.post("/api/v1/feedback/" + id + "/actions/close", "{}");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.body()).contains("outcome", "Select the decision on the appeal");

        // when they close it with the decision
        var decided = quality.post("/api/v1/feedback/" + id + "/actions/close",
                "{\"outcome\": \"PARTLY_UPHELD\", \"text\": \"The observation will be repeated.\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        // then the employer is emailed the decision and told in Waypoint
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT body FROM email_message WHERE recipient = :to AND subject LIKE 'The decision on your appeal%'""")
                .param("to", DemoAccounts.EMPLOYER.email()).query(String.class).list())
                .anyMatch(body -> body.contains(summary) && body.contains("Decision: partly upheld")
                        && body.contains("The observation will be repeated.")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM notification WHERE dedupe_key = :key").param("key", "feedback:" + id + ":decided")
                .query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void stage_3_goes_to_senior_management_whose_response_gives_the_route_to_the_funding_body() {
        // given a formal complaint the Operations Manager answers at stage 2
        Api head = as(DemoAccounts.HEAD);
        String email = "stage3-" + UUID.randomUUID() + "@example.test";
        String id = head.post("/api/v1/feedback", complaint(true, "2026-01-05T09:00:00Z").replace("pat@example.test", email))
                .json().get("id").asString();
        assertThat(head.post("/api/v1/feedback/" + id + "/actions/respond", "{\"text\": \"Our stage 2 response.\"}")
                .status()).isEqualTo(200);

        // when the complainant's escalation is recorded
        var stage3 = head.post("/api/v1/feedback/" + id + "/actions/escalate-to-stage-3", "{}");

        // then it goes to the Managing Director, not back to the Operations Manager
        assertThat(stage3.status()).as(stage3.body()).isEqualTo(200);
        assertThat(stage3.json().get("ownerName").asString()).isEqualTo(DemoAccounts.DIRECTOR.displayName());
        assertThat(stage3.json().get("allowedActions").toString()).doesNotContain("respond");
        var byHead = head.post("/api/v1/feedback/" + id + "/actions/respond", "{\"text\": \"Me again.\"}");
        assertThat(byHead.status()).isEqualTo(409);
        assertThat(byHead.json().get("detail").asString())
                .contains("the Managing Director or the Quality Director");
        // nor may the Operations Manager be given it by hand
        var given = head.post("/api/v1/feedback/" + id + "/owner",
                "{\"ownerAccountId\": \"" + accountOf(DemoAccounts.HEAD) + "\"}");
        assertThat(given.status()).isEqualTo(400);

        // when the Managing Director sends the stage 3 response
        var answered = as(DemoAccounts.DIRECTOR).post("/api/v1/feedback/" + id + "/actions/respond",
                "{\"text\": \"Our findings and outcome.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        // then the letter gives the complainant the funding body's complaints details (stage 4)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT body FROM email_message WHERE recipient = :to").param("to", email).query(String.class).list())
                .anyMatch(body -> body.contains("Our findings and outcome.") && body.contains("funding body")
                        && body.contains("complaints.ESFA@education.gov.uk")));
    }

    @Test
    void a_suggestion_wanting_a_response_is_due_in_10_working_days_and_a_compliment_is_shared() {
        Api head = as(DemoAccounts.HEAD);
        var suggestion = head.post("/api/v1/feedback", """
                {"kind": "SUGGESTION", "complainantName": "Erin", "summary": "Evening sessions", "channel": "PHONE",
                 "details": "Could reviews be after 5pm?", "wantsResponse": true, "receivedAt": "2026-05-22T12:00:00Z"}""");
        assertThat(suggestion.json().get("respondBy").asString()).isEqualTo("2026-06-08");

        var compliment = as(DemoAccounts.LEARNER).post("/api/v1/feedback", """
                {"kind": "COMPLIMENT", "summary": "Great support", "details": "Taylor went out of their way.",
                 "aboutAccountId": "%s"}""".formatted(accountOf(DemoAccounts.TUTOR)));
        assertThat(compliment.status()).as(compliment.body()).isEqualTo(201);
        String id = compliment.json().get("id").asString();
        var shared = head.post("/api/v1/feedback/" + id + "/actions/share", "{}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("sharedWithPraisedAt")).isNotNull();
        assertThat(head.post("/api/v1/feedback/" + id + "/actions/share", "{}").status()).isEqualTo(409);
    }

    private String accountOf(DemoAccounts account) {
        return accounts.findByEmail(account.email()).orElseThrow().id().toString();
    }

    @Test
    void an_under_18_complainant_is_flagged_and_whether_a_parent_or_guardian_was_told_is_recorded() {
        Api head = as(DemoAccounts.HEAD);
        var raised = head.post("/api/v1/feedback", """
                {"kind": "COMPLAINT", "formal": true, "channel": "IN_PERSON", "complainantName": "Young Learner",
                 "complainantType": "LEARNER", "under18": true, "summary": "Bullying in class",
                 "details": "Comments made in a group session."}""");
        assertThat(raised.json().get("under18").asBoolean()).isTrue();
        assertThat(raised.json().has("guardianTold")).isFalse();
        String id = raised.json().get("id").asString();

        var told = head.post("/api/v1/feedback/" + id + "/guardian-told", "{\"told\": true}");
        assertThat(told.json().get("guardianTold").asBoolean()).isTrue();

        String adult = head.post("/api/v1/feedback", complaint(true, "2026-01-05T09:00:00Z")).json().get("id").asString();
        assertThat(head.post("/api/v1/feedback/" + adult + "/guardian-told", "{\"told\": true}").status()).isEqualTo(409);
    }

    @Test
    void a_deadline_is_extended_with_a_reason_only_to_a_later_date() {
        Api head = as(DemoAccounts.HEAD);
        String id = head.post("/api/v1/feedback", complaint(true, "2026-01-05T09:00:00Z")).json().get("id").asString();

        var earlier = head.post("/api/v1/feedback/" + id + "/actions/extend-deadline",
                "{\"text\": \"Witness away\", \"newDeadline\": \"2026-01-06\"}");
        assertThat(earlier.status()).isEqualTo(409);

        var extended = head.post("/api/v1/feedback/" + id + "/actions/extend-deadline",
                "{\"text\": \"Witness away\", \"newDeadline\": \"2026-02-27\"}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().get("respondBy").asString()).isEqualTo("2026-02-27");
        assertThat(extended.json().get("extensionReason").asString()).isEqualTo("Witness away");
    }
}
