package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The apprenticeships API: recording, reading, the lifecycle actions, and who may do what. */
@WaypointTest
class ApprenticeshipsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apprenticeships apprenticeships;

    TestApprenticeships people;

    @BeforeEach
    void setUp() {
        people = new TestApprenticeships(organisation, accounts);
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    Api admin() {
        return as(DemoAccounts.ADMIN.email());
    }

    String body(LearnerId learner, String plannedEnd) {
        return """
                {"learnerId": "%s", "employerId": "%s", "lineManagerId": "%s", "standardReference": "ST0116",
                 "tutorId": "%s", "startDate": "2025-09-01", "plannedEndDate": "%s", "weeklyHours": 37.5}"""
                .formatted(learner, people.employer, people.lineManager, people.tutor, plannedEnd);
    }

    String create(LearnerId learner) {
        Api.Response created = admin().post("/api/v1/apprenticeships", body(learner, "2027-03-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void recording_answers_the_apprenticeship_with_its_rule_pack_figures() {
        Api.Response created = admin().post("/api/v1/apprenticeships", body(people.learner(), "2027-03-01"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var json = created.json();
        assertThat(json.get("id").asString()).isNotBlank();
        assertThat(json.get("status").asString()).isEqualTo("ONBOARDING");
        assertThat(json.get("figures").get("minimumDurationDays").asLong()).isEqualTo(242);
        assertThat(json.get("figures").get("rulePack").asString()).isEqualTo("Starts from 1 August 2025 to 31 July 2026");
        assertThat(json.get("timeline").get(0).get("title").asString()).isEqualTo("Apprenticeship recorded");
    }

    @Test
    void a_planned_end_under_the_minimum_duration_is_a_400_naming_the_minimum() {
        Api.Response refused = admin().post("/api/v1/apprenticeships", body(people.learner(), "2026-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedEndDate");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("242 days");
    }

    @Test
    void a_training_price_with_a_fraction_of_a_penny_is_a_400_naming_the_field_and_records_nothing() {
        LearnerId learner = people.learner();
        Api.Response refused = admin().post("/api/v1/apprenticeships", body(learner, "2027-03-01")
                .replace("\"weeklyHours\": 37.5}", "\"weeklyHours\": 37.5, \"trainingPrice\": 100.555}"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("trainingPrice");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Enter the training price in pounds, like 12000 or 12000.50");
        assertThat(apprenticeships.ofLearner(learner)).isEmpty();
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_records_one_apprenticeship() {
        LearnerId learner = people.learner();
        Api admin = admin();
        String key = "retry-" + TestApprenticeships.unique();
        String first = admin.postWithHeader("/api/v1/apprenticeships", body(learner, "2027-03-01"),
                "Idempotency-Key", key).json().get("id").asString();
        String second = admin.postWithHeader("/api/v1/apprenticeships", body(learner, "2027-03-01"),
                "Idempotency-Key", key).json().get("id").asString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_migrated_apprenticeship_keeps_its_status_and_dates() {
        String migrated = body(people.learner(), "2027-03-01").replace("}",
                ", \"status\": \"IN_LEARNING\", \"statusDate\": \"2025-09-01\"}");
        Api.Response created = admin().post("/api/v1/apprenticeships", migrated);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("IN_LEARNING");
        assertThat(created.json().get("migrated").asBoolean()).isTrue();
    }

    @Test
    void the_lifecycle_actions_answer_409_with_the_reason_when_the_table_refuses() {
        String id = create(people.learner());
        Api tutor = as(people.tutorEmail);

        Api.Response refused = tutor.post("/api/v1/apprenticeships/" + id + "/break", """
                {"effectiveDate": "2026-01-05", "expectedReturnDate": "2026-03-02", "employerAgreed": true,
                 "reason": "Surgery and recovery"}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("onboarding").contains("break");
    }

    @Test
    void the_gateway_end_point_assessment_and_completion_are_never_made_by_hand_they_follow_the_epa_record() {
        String id = create(people.learner());
        startedThroughTheService(id);
        Api tutor = as(people.tutorEmail);

        for (String move : new String[] {"gateway", "end-point-assessment", "complete"}) {
            Api.Response refused = tutor.post("/api/v1/apprenticeships/" + id + "/" + move,
                    "{\"effectiveDate\": \"2026-01-05\", \"reason\": \"Ready\"}");
            assertThat(refused.status()).as(move).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).as(move).contains("gateway page");
        }
        assertThat(tutor.get("/api/v1/apprenticeships/" + id).json().get("status").asString()).isEqualTo("IN_LEARNING");
    }

    @Test
    void an_action_without_what_it_asks_is_a_problem_naming_each_field_and_changes_nothing() {
        String id = create(people.learner());

        Api.Response empty = admin().post("/api/v1/apprenticeships/" + id + "/withdraw", "{\"reason\": \" \"}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(errors(empty)).containsEntry("effectiveDate", "Enter the date it happened")
                .containsEntry("withdrawalReason", "Select the withdrawal reason").containsEntry("reason", "Say why");

        Api.Response notADate = admin().post("/api/v1/apprenticeships/" + id + "/break", """
                {"effectiveDate": "2026-02-30", "employerAgreed": true, "reason": "Surgery"}""");
        assertThat(notADate.status()).as(notADate.body()).isEqualTo(400);
        assertThat(errors(notADate)).containsEntry("effectiveDate", "Enter a real date, like 2026-04-27")
                .containsEntry("expectedReturnDate", "Enter the date the apprentice expects to return")
                .doesNotContainKey("reason");
        assertThat(admin().get("/api/v1/apprenticeships/" + id).json().get("status").asString())
                .isEqualTo("ONBOARDING");
    }

    private static java.util.Map<String, String> errors(Api.Response problem) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        return errors;
    }

    @Test
    void the_tutor_puts_the_apprentice_on_a_break_and_back_and_the_planned_end_moves() {
        String id = create(people.learner());
        admin().post("/api/v1/apprenticeships/" + id + "/withdraw", "{}"); // a field error: nothing changes
        Api tutor = as(people.tutorEmail);
        startedThroughTheService(id);

        Api.Response onBreak = tutor.post("/api/v1/apprenticeships/" + id + "/break", """
                {"effectiveDate": "2026-01-05", "expectedReturnDate": "2026-03-02", "employerAgreed": true,
                 "reason": "Surgery and recovery"}""");
        assertThat(onBreak.status()).as(onBreak.body()).isEqualTo(200);
        assertThat(onBreak.json().get("status").asString()).isEqualTo("BREAK_IN_LEARNING");

        Api.Response back = tutor.post("/api/v1/apprenticeships/" + id + "/return",
                "{\"effectiveDate\": \"2026-03-02\", \"reason\": \"Recovered\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("status").asString()).isEqualTo("IN_LEARNING");
        // 5 January to 2 March is 56 days: 1 March 2027 + 56 days = 26 April 2027
        assertThat(back.json().get("plannedEndDate").asString()).isEqualTo("2027-04-26");
        assertThat(back.json().get("breaks").get(0).get("endDate").asString()).isEqualTo("2026-03-02");
    }

    @Test
    void the_line_manager_is_named_from_the_contacts_of_the_apprentices_own_employer() {
        String id = create(people.learner());
        UUID nia = organisation.contact(people.employer, new waypoint.organisation.ContactDetails("Nia Newton",
                "nia-" + TestApprenticeships.unique() + "@example.test", null));
        TestApprenticeships elsewhere = new TestApprenticeships(organisation, accounts);
        Api tutor = as(people.tutorEmail);
        String path = "/api/v1/apprenticeships/" + id + "/change-line-manager";

        Api.Response empty = tutor.post(path, "{}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(errors(empty)).containsEntry("lineManagerId", "Select the line manager")
                .containsEntry("effectiveDate", "Enter the date it happened");
        Api.Response otherEmployers = tutor.post(path, """
                {"lineManagerId": "%s", "effectiveDate": "2026-01-05"}""".formatted(elsewhere.lineManager));
        assertThat(otherEmployers.status()).as(otherEmployers.body()).isEqualTo(400);
        assertThat(errors(otherEmployers)).containsEntry("lineManagerId",
                "Select a line manager who works for the apprentice's employer");
        Api.Response sameAgain = tutor.post(path, """
                {"lineManagerId": "%s", "effectiveDate": "2026-01-05"}""".formatted(people.lineManager));
        assertThat(errors(sameAgain)).containsEntry("lineManagerId",
                "Select a line manager other than the current one");
        Api.Response ahead = tutor.post(path, """
                {"lineManagerId": "%s", "effectiveDate": "2099-01-05"}""".formatted(nia));
        assertThat(errors(ahead)).containsKey("effectiveDate");
        assertThat(as(people.lineManagerEmail).post(path, """
                {"lineManagerId": "%s", "effectiveDate": "2026-01-05"}""".formatted(nia)).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/apprenticeships/" + id).json().get("lineManager").get("id").asString())
                .isEqualTo(people.lineManager.toString());

        Api.Response named = tutor.post(path, """
                {"lineManagerId": "%s", "effectiveDate": "2026-01-05", "reason": "Morgan moved team"}"""
                .formatted(nia));

        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("lineManager").get("name").asString()).isEqualTo("Nia Newton");
        assertThat(named.json().get("status").asString()).isEqualTo("ONBOARDING");
        assertThat(named.body()).contains("Changed line manager", "Morgan moved team");
        assertThat(apprenticeships.find(new ApprenticeshipId(UUID.fromString(id))).orElseThrow().lineManagerId())
                .isEqualTo(nia);
    }

    @Test
    void a_stale_version_is_a_409() {
        String id = create(people.learner());
        Api.Response stale = as(people.tutorEmail).post("/api/v1/apprenticeships/" + id + "/withdraw", """
                {"effectiveDate": "2025-09-10", "withdrawalReason": "OTHER_PERSONAL_REASONS", "reason": "Moved away",
                 "version": 99}""");

        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void people_with_no_part_in_it_are_told_it_is_not_there() {
        String id = create(people.learner());
        TestApprenticeships elsewhere = new TestApprenticeships(organisation, accounts);
        elsewhere.learner();

        assertThat(as(elsewhere.tutorEmail).get("/api/v1/apprenticeships/" + id).status()).isEqualTo(404);
        assertThat(as(elsewhere.lineManagerEmail).get("/api/v1/apprenticeships/" + id).status()).isEqualTo(404);
        assertThat(as(elsewhere.lastLearnerEmail).get("/api/v1/apprenticeships/" + id).status()).isEqualTo(404);
        assertThat(as(elsewhere.tutorEmail).post("/api/v1/apprenticeships/" + id + "/withdraw", "{}").status())
                .isEqualTo(404);
        assertThat(as(elsewhere.tutorEmail).get("/api/v1/apprenticeships").body()).doesNotContain(id);
    }

    @Test
    void an_address_naming_no_apprenticeship_is_a_400_problem() {
        assertThat(admin().get("/api/v1/apprenticeships/not-an-id").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/apprenticeships/not-an-id/prices").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/apprenticeships/not-an-id/onboarding").status()).isEqualTo(400);
    }

    @Test
    void its_employer_and_learner_see_it_but_cannot_change_it() {
        LearnerId learner = people.learner();
        String learnerEmail = people.lastLearnerEmail;
        String id = create(learner);

        assertThat(as(people.lineManagerEmail).get("/api/v1/apprenticeships/" + id).status()).isEqualTo(200);
        assertThat(as(learnerEmail).get("/api/v1/apprenticeships/" + id).status()).isEqualTo(200);
        assertThat(as(people.lineManagerEmail).get("/api/v1/apprenticeships").body()).contains(id);
        assertThat(as(people.lineManagerEmail).post("/api/v1/apprenticeships/" + id + "/withdraw", "{}").status())
                .isEqualTo(403);
        assertThat(as(learnerEmail).post("/api/v1/apprenticeships", body(learner, "2027-03-01")).status())
                .isEqualTo(403);
    }

    @Test
    void the_list_filters_by_tutor_and_status() {
        String id = create(people.learner());
        Api.Response listed = admin().get("/api/v1/apprenticeships?tutor=" + people.tutor + "&status=ONBOARDING");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asLong()).isEqualTo(1);
        assertThat(listed.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(admin().get("/api/v1/apprenticeships?tutor=" + people.tutor + "&status=COMPLETED")
                .json().get("total").asLong()).isZero();
    }

    @Autowired
    waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle lifecycle;

    private void startedThroughTheService(String id) {
        var admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        lifecycle.recordEmploymentStatus(ApprenticeshipId.of(id), new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(java.time.LocalDate.of(2025, 9, 1).minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(new waypoint.identity.CurrentUser(admin.id(), admin.email(), admin.displayName(),
                admin.roles()), ApprenticeshipId.of(id), java.time.LocalDate.of(2025, 9, 1));
    }
}
