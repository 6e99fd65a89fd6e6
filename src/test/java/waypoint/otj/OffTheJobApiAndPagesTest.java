package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Off-the-job entries through the API and the pages: logging with field errors, review and resubmission, the
 * summary's fields, entries from another module, and refusals for anyone else's apprenticeship.
 */
@WaypointTest
class OffTheJobApiAndPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;

    @BeforeEach
    void anApprenticeInLearningForFourMonths() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        LearnerId learner = people.learner();
        learnerEmail = people.lastLearnerEmail;
        LocalDate start = today.minusMonths(4);
        NewApprenticeship details = NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"));
        apprenticeship = enrolment.record(details).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String entries() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
    }

    String entry(LocalDate date, String start, String end) {
        return """
                {"date": "%s", "startTime": "%s", "endTime": "%s", "activityType": "ONLINE_LEARNING",
                 "description": "Unit testing course, module 3", "ksbs": ["K1"]}""".formatted(date, start, end);
    }

    @Test
    void the_learner_logs_hours_the_tutor_rejects_the_learner_resubmits_and_the_tutor_approves() {
        Api learner = as(learnerEmail);
        Api.Response logged = learner.post(entries(), entry(today.minusDays(3), "09:00", "12:00"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String id = logged.json().get("id").asString();

        Api tutor = as(people.tutorEmail);
        Api.Response rejected = tutor.post(entries() + "/" + id + "/reject",
                "{\"reason\": \"NOT_ENOUGH_DETAIL\", \"note\": \"Which topics?\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");

        Api.Response seen = learner.get(entries() + "/" + id);
        assertThat(seen.json().get("rejectionReason").asString()).isEqualTo("NOT_ENOUGH_DETAIL");
        assertThat(seen.json().get("reviewerNote").asString()).isEqualTo("Which topics?");

        Api.Response resubmitted = learner.put(entries() + "/" + id, """
                {"date": "%s", "startTime": "09:00", "endTime": "12:00", "activityType": "ONLINE_LEARNING",
                 "description": "Unit testing course: mocks, fakes and test doubles", "version": %d,
                 "resubmit": true}""".formatted(today.minusDays(3), seen.json().get("version").asInt()));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Response approved = tutor.post(entries() + "/" + id + "/approve", "{}");
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");

        Api.Response locked = learner.put(entries() + "/" + id, """
                {"date": "%s", "duration": "1", "activityType": "THEORY", "description": "x", "version": %d}"""
                .formatted(today.minusDays(3), approved.json().get("version").asInt()));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("approved entries are locked");
        assertThat(tutor.post(entries() + "/" + id + "/approve", "{}").status()).isEqualTo(409);

        Api.Response summary = learner.get("/api/v1/apprenticeships/" + apprenticeship + "/otj-summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().propertyNames()).contains("minimumHours", "plannedHours", "expectedToDateHours",
                "approvedHours", "pendingHours", "forecastHours", "status", "explanations");
        assertThat(summary.json().get("approvedHours").asDouble()).isEqualTo(3.0);
        // the shipped ST0116 has no recorded minimum hours for compliance: never green, and staff are warned
        assertThat(summary.json().get("status").asString()).isIn("UNKNOWN", "AMBER", "RED");
        assertThat(summary.json().get("minimumHours").isNull()).isTrue();
        assertThat(summary.json().get("warnings").size()).isPositive();
        assertThat(summary.json().get("explanations").size()).isGreaterThan(3);
    }

    @Test
    void bad_entries_are_field_errors_and_an_overlap_is_refused() {
        Api learner = as(learnerEmail);
        Api.Response future = learner.post(entries(), entry(today.plusDays(1), "09:00", "10:00"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"date\"").contains("future");

        assertThat(learner.post(entries(), entry(today.minusDays(1), "09:00", "11:00")).status()).isEqualTo(201);
        Api.Response overlap = learner.post(entries(), entry(today.minusDays(1), "10:30", "11:30"));
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.body()).contains("overlaps");

        Api.Response nothing = learner.post(entries(), "{\"date\": \"not a date\"}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("duration").contains("activityType").contains("description");
    }

    @Test
    void an_address_that_names_no_apprenticeship_is_not_found_on_the_page_and_a_bad_request_in_the_api() {
        Api.Response api = as(learnerEmail).get("/api/v1/apprenticeships/not-an-id/otj-entries");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("id");
        PageClient pages = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        assertThat(pages.get("/apprenticeships/not-an-id/off-the-job").status()).isEqualTo(404);
    }

    @Test
    void a_forged_request_for_another_learners_apprenticeship_is_refused_in_the_api_and_the_pages() {
        LearnerId otherLearner = people.learner();
        String otherEmail = people.lastLearnerEmail;
        UUID other = enrolment.record(NewApprenticeship.of(otherLearner, people.employer, people.lineManager,
                "ST0116", people.tutor, today.minusMonths(2), today.minusMonths(2).plusMonths(18),
                new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(other), today.minusMonths(2).minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(other), today.minusMonths(2));

        Api intruder = as(otherEmail);
        assertThat(intruder.post(entries(), entry(today.minusDays(2), "09:00", "10:00")).status()).isIn(403, 404);
        assertThat(intruder.get(entries()).status()).isEqualTo(404);
        assertThat(intruder.get("/api/v1/apprenticeships/" + apprenticeship + "/otj-summary").status()).isEqualTo(404);

        String id = as(learnerEmail).post(entries(), entry(today.minusDays(2), "09:00", "10:00")).json().get("id")
                .asString();
        assertThat(as(learnerEmail).post(entries() + "/" + id + "/approve", "{}").status()).isEqualTo(403);
        assertThat(intruder.post(entries() + "/" + id + "/approve", "{}").status()).isIn(403, 404);

        PageClient pages = PageClient.signedInAs(port, otherEmail, TestApprenticeships.PASSWORD);
        assertThat(pages.get("/apprenticeships/" + apprenticeship + "/off-the-job").status()).isEqualTo(404);
        assertThat(pages.get("/apprenticeships/" + apprenticeship + "/off-the-job/entries.csv").status())
                .isEqualTo(404);
        PageClient.Page form = pages.get("/apprenticeships/" + other + "/off-the-job/new");
        PageClient.Page forged = pages.post("/apprenticeships/" + apprenticeship + "/off-the-job/new", form,
                Map.of("date", today.minusDays(1).toString(), "duration", "1", "activityType", "THEORY",
                        "description", "forged"));
        assertThat(forged.status()).isIn(403, 404);
        assertThat(as(learnerEmail).get(entries()).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void the_learner_form_keeps_what_was_typed_with_its_errors_and_the_tutor_approves_in_bulk() {
        PageClient learner = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        String form = "/apprenticeships/" + apprenticeship + "/off-the-job/new";
        PageClient.Page wrong = learner.postForm(form, form, Map.of("date", today.plusDays(2).toString(),
                "duration", "2.5", "activityType", "THEORY", "description", "Lecture on design patterns"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem").contains("cannot be in the future")
                .contains("Lecture on design patterns").contains("value=\"2.5\"");

        PageClient.Page logged = learner.postForm(form, form, Map.of("date", today.minusDays(2).toString(),
                "duration", "2.5", "activityType", "THEORY", "description", "Lecture on design patterns"));
        assertThat(logged.status()).isEqualTo(302);
        PageClient.Page hours = learner.follow(logged);
        assertThat(hours.body()).contains("My off-the-job hours").contains("Lecture on design patterns")
                .contains("<svg").contains("Waiting for approval");

        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page caseload = tutor.get("/off-the-job/caseload");
        assertThat(caseload.body()).contains("Lecture on design patterns");
        String entryId = as(learnerEmail).get(entries()).json().get("items").get(0).get("id").asString();
        PageClient.Page approved = tutor.post("/off-the-job/approve", caseload, Map.of("entryId", entryId));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(as(learnerEmail).get(entries() + "/" + entryId).json().get("state").asString())
                .isEqualTo("APPROVED");

        PageClient employer = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(employer.get("/apprenticeships/" + apprenticeship + "/off-the-job").body()).contains("Confirm");
    }

    @Test
    void another_module_adds_an_entry_by_event_once_with_its_source() {
        var recorded = new OffTheJobActivityRecorded(new ApprenticeshipId(apprenticeship), "TEACHING", "session-" + UUID.randomUUID(),
                today.minusDays(5), null, null, 90, "THEORY", "Teaching session: security basics", java.util.List.of());
        transactions.executeWithoutResult(status -> events.publishEvent(recorded));
        transactions.executeWithoutResult(status -> events.publishEvent(recorded));
        Api learner = as(learnerEmail);
        await().atMost(Duration.ofSeconds(10)).until(() -> learner.get(entries()).json().get("total").asInt() > 0);
        var list = learner.get(entries()).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("source").asString()).isEqualTo("TEACHING");
    }
}
