package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The employer's home page counts the off-the-job entries waiting for their confirmation, and they confirm them in
 * bulk on the off-the-job page and through the API; another employer and the tutor are refused.
 */
@WaypointTest
class EmployerConfirmsInBulkTest {

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

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;
    List<String> entryIds;

    @BeforeEach
    void anApprenticeWithThreeEntriesOneApproved() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        UUID learner = people.learner();
        learnerEmail = people.lastLearnerEmail;
        LocalDate start = today.minusMonths(4);
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5")));
        enrolment.employed(apprenticeship, start.minusYears(1), waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(apprenticeship, start);
        Api learnerApi = as(learnerEmail);
        entryIds = new java.util.ArrayList<>();
        for (int d = 3; d <= 5; d++) {
            Api.Response logged = learnerApi.post(entries(), """
                    {"date": "%s", "startTime": "09:00", "endTime": "11:00", "activityType": "ONLINE_LEARNING",
                     "description": "Testing course, part %d"}""".formatted(today.minusDays(d), d));
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
            entryIds.add(logged.json().get("id").asString());
        }
        assertThat(as(people.tutorEmail).post(entries() + "/" + entryIds.get(0) + "/approve", "{}").status())
                .isEqualTo(200);
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String entries() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
    }

    @Test
    void the_employer_sees_how_many_entries_wait_and_confirms_the_chosen_ones_on_the_page() {
        PageClient employer = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);

        assertThat(employer.get("/").text()).contains("3 off-the-job entries are waiting for your confirmation");

        PageClient.Page list = employer.get("/off-the-job/caseload");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Waiting for your confirmation", "3 entries waiting for your confirmation");
        PageClient.Page confirmed = employer.post("/off-the-job/confirm", list,
                List.of(Map.entry("entryId", entryIds.get(0)), Map.entry("entryId", entryIds.get(1))));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(employer.follow(confirmed).text()).contains("2 entries confirmed",
                "1 entry waiting for your confirmation");

        assertThat(employer.get("/").text()).contains("1 off-the-job entry is waiting for your confirmation");
        Api.Response approved = as(learnerEmail).get(entries() + "/" + entryIds.get(0));
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("employerConfirmed").asBoolean()).isTrue();
        assertThat(as(learnerEmail).get(entries() + "/" + entryIds.get(2)).json().get("employerConfirmed")
                .asBoolean()).isFalse();
    }

    @Test
    void confirming_nothing_is_a_clear_message_not_an_error_page() {
        PageClient employer = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);
        PageClient.Page list = employer.get("/off-the-job/caseload");

        PageClient.Page nothing = employer.post("/off-the-job/confirm", list, List.of());

        assertThat(nothing.status()).isEqualTo(302);
        PageClient.Page shown = employer.follow(nothing);
        assertThat(shown.body()).contains("govuk-error-summary", "Choose the entries to confirm");
    }

    @Test
    void the_employer_confirms_in_bulk_through_the_api() {
        Api employer = as(people.lineManagerEmail);
        Api.Response waiting = employer.get("/api/v1/otj-entries/awaiting-employer-confirmation");
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json().get("total").asInt()).isEqualTo(3);

        Api.Response confirmed = employer.post("/api/v1/otj-entries/confirm",
                "{\"entryIds\": [\"" + String.join("\", \"", entryIds) + "\"]}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmed").asInt()).isEqualTo(3);

        assertThat(employer.get("/api/v1/otj-entries/awaiting-employer-confirmation").json().get("total").asInt())
                .isZero();
        // confirming again changes nothing
        assertThat(employer.post("/api/v1/otj-entries/confirm", "{\"entryIds\": [\"" + entryIds.get(1) + "\"]}")
                .json().get("confirmed").asInt()).isZero();
        assertThat(employer.post("/api/v1/otj-entries/confirm", "{\"entryIds\": []}").status()).isEqualTo(400);
    }

    @Test
    void another_employer_and_the_tutor_cannot_confirm_and_nothing_is_confirmed() {
        TestApprenticeships elsewhere = new TestApprenticeships(organisation, accounts);
        String body = "{\"entryIds\": [\"" + entryIds.get(1) + "\"]}";

        assertThat(as(elsewhere.lineManagerEmail).post("/api/v1/otj-entries/confirm", body).status()).isEqualTo(403);
        assertThat(as(people.tutorEmail).post("/api/v1/otj-entries/confirm", body).status()).isEqualTo(403);
        assertThat(as(people.tutorEmail).get("/api/v1/otj-entries/awaiting-employer-confirmation").status())
                .isEqualTo(403);
        assertThat(as(elsewhere.lineManagerEmail).get("/api/v1/otj-entries/awaiting-employer-confirmation").json()
                .get("total").asInt()).isZero();
        PageClient other = PageClient.signedInAs(port, elsewhere.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(other.get("/").text()).doesNotContain("waiting for your confirmation");

        assertThat(as(people.lineManagerEmail).get("/api/v1/otj-entries/awaiting-employer-confirmation").json()
                .get("total").asInt()).isEqualTo(3);
    }
}
