package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The employers API, with their contacts: the rules of keeping them, and who may see them. */
@WaypointTest
class EmployersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation, apprenticeshipImport);
    }

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    static Map<String, Object> employer() {
        return Map.of("name", "Api Employer " + Fixtures.unique(), "town", "Hull", "postcode", "hu1 1aa",
                "funding", "LEVY");
    }

    @Test
    void an_administrator_keeps_an_employer_and_its_contacts() {
        Api admin = as(ADMIN);
        Api.Response created = admin.post("/api/v1/employers", Json.of(employer()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("address").get("postcode").asString()).isEqualTo("HU1 1AA");

        String email = "manager-" + Fixtures.unique() + "@example.test";
        Api.Response contact = admin.post("/api/v1/employers/" + id + "/contacts",
                Json.of(Map.of("name", "Line Manager", "email", email, "phone", "01632 960 001")));
        assertThat(contact.status()).isEqualTo(201);
        String contactId = contact.json().get("id").asString();

        Api.Response changed = admin.put("/api/v1/employers/" + id + "/contacts/" + contactId,
                Json.of(Map.of("name", "Line Manager Renamed", "email", email)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/employers/" + id).json().get("contacts").get(0).get("name").asString())
                .isEqualTo("Line Manager Renamed");

        Api.Response renamed = admin.put("/api/v1/employers/" + id, Json.with(employer(), "funding", "NON_LEVY"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("funding").asString()).isEqualTo("NON_LEVY");

        assertThat(admin.delete("/api/v1/employers/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/employers/" + id).status()).isEqualTo(404);
    }

    @Test
    void an_employer_reference_number_is_kept_and_one_with_a_wrong_check_digit_is_refused_in_words() {
        Api admin = as(ADMIN);
        Api.Response created = admin.post("/api/v1/employers",
                Json.with(employer(), "employerReferenceNumber", "100 000 207"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("employerReferenceNumber").asString()).isEqualTo("100000207");

        Api.Response wrong = admin.post("/api/v1/employers",
                Json.with(employer(), "employerReferenceNumber", "100000208"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("employerReferenceNumber")
                .contains("Enter a valid employer reference number");

        Api.Response short_ = admin.post("/api/v1/employers",
                Json.with(employer(), "employerReferenceNumber", "12345"));
        assertThat(short_.status()).isEqualTo(400);
        assertThat(short_.body()).contains("Enter an employer reference number that is 9 digits");
    }

    @Test
    void bad_input_is_a_field_error() {
        Api.Response response = as(ADMIN).post("/api/v1/employers",
                Json.with(employer(), "postcode", "nowhere", "funding", null, "name", " "));
        assertThat(response.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(response)).containsExactlyInAnyOrder("name", "postcode", "funding");
    }

    @Test
    void a_contact_whose_email_has_an_account_already_is_a_field_error() {
        EmployerId employer = fixtures.employer();
        Api.Response response = as(ADMIN).post("/api/v1/employers/" + employer + "/contacts",
                Json.of(Map.of("name", "Someone", "email", TUTOR.email())));
        assertThat(response.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(response)).containsExactly("email");
    }

    @Test
    void an_employer_with_apprentices_cannot_be_removed_nor_a_line_manager() {
        EmployerId employer = fixtures.employer();
        UUID manager = fixtures.contact(employer);
        fixtures.learner(employer, manager, null);

        Api.Response refused = as(ADMIN).delete("/api/v1/employers/" + employer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(as(ADMIN).delete("/api/v1/employers/" + employer + "/contacts/" + manager).status()).isEqualTo(409);
    }

    @Test
    void an_unknown_employer_or_contact_is_404() {
        assertThat(as(ADMIN).get("/api/v1/employers/" + UUID.randomUUID()).status()).isEqualTo(404);
        EmployerId employer = fixtures.employer();
        assertThat(as(ADMIN).get("/api/v1/employers/" + employer + "/contacts/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        UUID elsewhere = fixtures.contact(fixtures.employer());
        assertThat(as(ADMIN).get("/api/v1/employers/" + employer + "/contacts/" + elsewhere).status()).isEqualTo(404);
    }

    @Test
    void a_malformed_employer_id_is_a_400_problem_in_the_address_and_in_a_filter() {
        Api.Response inTheAddress = as(ADMIN).get("/api/v1/employers/not-an-id");
        assertThat(inTheAddress.status()).isEqualTo(400);
        assertThat(inTheAddress.contentType()).startsWith("application/problem+json");
        assertThat(as(ADMIN).get("/api/v1/learners?employer=not-an-id").status()).isEqualTo(400);
    }

    @Test
    void an_employer_contact_sees_their_own_employer_only_and_changes_nothing() {
        Api contact = as(EMPLOYER);
        assertThat(contact.get("/api/v1/employers/" + fixtures.demoEmployer()).status()).isEqualTo(200);
        assertThat(contact.get("/api/v1/employers/" + fixtures.employer()).status()).isEqualTo(404);
        assertThat(contact.get("/api/v1/employers").status()).isEqualTo(403);
        assertThat(contact.put("/api/v1/employers/" + fixtures.demoEmployer(), Json.of(employer())).status())
                .isEqualTo(403);
    }

    @Test
    void staff_read_employers_but_only_administrators_change_them() {
        Api tutor = as(TUTOR);
        Api.Response list = tutor.get("/api/v1/employers?q=northgate");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("name").asString()).isEqualTo("Northgate Engineering Ltd");
        assertThat(tutor.post("/api/v1/employers", Json.of(employer())).status()).isEqualTo(403);
        assertThat(as(LEARNER).get("/api/v1/employers/" + fixtures.demoEmployer()).status()).isEqualTo(404);
    }
}
