package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The learners API: the same rules as the pages, and denials that never show data. */
@WaypointTest
class LearnersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;
    @Autowired
    Clock clock;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation, apprenticeshipImport);
    }

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    Map<String, Object> learner() {
        String suffix = Fixtures.unique();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("givenNames", "Api");
        fields.put("familyName", "Learner " + suffix);
        fields.put("dateOfBirth", "2005-02-03");
        fields.put("uln", Fixtures.uln());
        fields.put("email", "api-" + suffix + "@example.test");
        fields.put("postcode", "yo1 7hh");
        return fields;
    }

    @Test
    void an_administrator_adds_reads_and_changes_a_learner() {
        Api admin = as(ADMIN);
        Map<String, Object> fields = learner();

        Api.Response created = admin.post("/api/v1/learners", Json.of(fields));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("address").get("postcode").asString()).isEqualTo("YO1 7HH");

        Api.Response read = admin.get("/api/v1/learners/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("email").asString()).isEqualTo(fields.get("email"));

        Api.Response noReason = admin.put("/api/v1/learners/" + id, Json.with(fields, "givenNames", "Changed"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason", "Enter the reason for the change");
        Api.Response changed = admin.put("/api/v1/learners/" + id, Json.with(fields, "givenNames", "Changed",
                "reason", "The learner told us their preferred name"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("givenNames").asString()).isEqualTo("Changed");
        // who they work with comes with an apprenticeship, and there is none yet
        assertThat(changed.json().hasNonNull("apprenticeshipId")).isFalse();
        assertThat(changed.json().hasNonNull("employerId")).isFalse();
        assertThat(changed.json().hasNonNull("tutor")).isFalse();
    }

    @Test
    void the_learner_api_takes_no_employer_line_manager_or_tutor_and_answers_those_of_the_apprenticeship() {
        Api admin = as(ADMIN);
        EmployerId employer = fixtures.employer();
        LearnerId learner = fixtures.learner(employer, fixtures.contact(employer), fixtures.staffOf(TUTOR));

        Api.Response read = admin.get("/api/v1/learners/" + learner);
        assertThat(read.json().get("employerId").asString()).isEqualTo(employer.toString());
        assertThat(read.json().get("tutor").get("name").asString()).isEqualTo(TUTOR.displayName());
        assertThat(read.json().hasNonNull("apprenticeshipId")).isTrue();

        Map<String, Object> fields = learner();
        Api.Response added = admin.post("/api/v1/learners", Json.with(fields, "employerId", employer.toString(),
                "tutorId", fixtures.tutor().toString()));
        assertThat(added.status()).isEqualTo(400);
        assertThat(added.contentType()).startsWith("application/problem+json");
        assertThat(fields(added)).containsExactlyInAnyOrder("employerId", "tutorId");
        assertThat(added.body()).contains("recorded on the learner's apprenticeship");
        assertThat(organisation.findLearner((String) fields.get("email"))).isEmpty();

        Api.Response moved = admin.put("/api/v1/learners/" + learner, Json.with(learner(), "tutorId",
                fixtures.tutor().toString()));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(fields(moved)).containsExactly("tutorId");
        assertThat(admin.get("/api/v1/learners/" + learner).json().get("tutor").get("name").asString())
                .isEqualTo(TUTOR.displayName());
    }

    @Test
    void an_invalid_uln_postcode_email_and_a_future_birth_date_are_field_errors() {
        Map<String, Object> fields = learner();
        Api.Response response = as(ADMIN).post("/api/v1/learners", Json.with(fields, "uln", "1000000063",
                "postcode", "XYZ", "email", "nobody-at-example", "dateOfBirth",
                LocalDate.now(clock).plusDays(1).toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactlyInAnyOrder("uln", "postcode", "email", "dateOfBirth");
    }

    @Test
    void a_duplicate_email_is_a_field_error() {
        Api.Response response = as(ADMIN).post("/api/v1/learners",
                Json.with(learner(), "email", DemoAccounts.QUALITY.email()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("email");
    }

    @Test
    void a_date_that_is_not_a_date_is_a_400_problem() {
        Api.Response response = as(ADMIN).post("/api/v1/learners",
                Json.with(learner(), "dateOfBirth", "31/02/2005"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_learner_is_a_404_problem() {
        Api.Response response = as(ADMIN).get("/api/v1/learners/" + UUID.randomUUID());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(as(ADMIN).put("/api/v1/learners/" + UUID.randomUUID(), Json.of(learner()))
                .status()).isEqualTo(404);
    }

    @Test
    void a_malformed_learner_id_is_a_400_problem() {
        Api.Response response = as(ADMIN).get("/api/v1/learners/not-an-id");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(as(ADMIN).get("/api/v1/learners/not-an-id/declarations").status()).isEqualTo(400);
    }

    @Test
    void a_tutor_reading_a_learner_not_on_their_caseload_gets_404_and_no_data() {
        LearnerId notMine = fixtures.learner(fixtures.employer(), null, fixtures.tutor());
        Api.Response response = as(TUTOR).get("/api/v1/learners/" + notMine);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("\"uln\"", "\"email\"", "@example.test");
    }

    @Test
    void a_tutor_lists_only_their_caseload() {
        EmployerId employer = fixtures.employer();
        LearnerId mine = fixtures.learner(employer, null, fixtures.staffOf(TUTOR));
        fixtures.learner(employer, null, fixtures.tutor());

        Api.Response response = as(TUTOR).get("/api/v1/learners?employer=" + employer);
        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(mine.toString());
    }

    @Test
    void an_employer_contact_reading_another_employers_learner_gets_404() {
        LearnerId elsewhere = fixtures.learner(fixtures.employer(), null, null);
        LearnerId ours = fixtures.learner(fixtures.demoEmployer(), null, null);
        Api employer = as(EMPLOYER);
        assertThat(employer.get("/api/v1/learners/" + elsewhere).status()).isEqualTo(404);
        assertThat(employer.get("/api/v1/learners/" + ours).status()).isEqualTo(200);
    }

    @Test
    void a_learner_reads_their_own_record_and_no_other() {
        LearnerId other = fixtures.learner(fixtures.employer(), null, null);
        LearnerId own = organisation.findLearner(LEARNER.email()).orElseThrow();
        Api learner = as(LEARNER);
        assertThat(learner.get("/api/v1/learners/" + own).status()).isEqualTo(200);
        assertThat(learner.get("/api/v1/learners/" + other).status()).isEqualTo(404);
        assertThat(learner.get("/api/v1/learners").status()).isEqualTo(403);
    }

    @Test
    void only_an_administrator_adds_or_changes_learners() {
        LearnerId mine = fixtures.learner(fixtures.demoEmployer(), null, fixtures.staffOf(TUTOR));
        Map<String, Object> fields = learner();
        assertThat(as(TUTOR).post("/api/v1/learners", Json.of(fields)).status()).isEqualTo(403);
        assertThat(as(EMPLOYER).put("/api/v1/learners/" + mine, Json.of(fields)).status()).isEqualTo(403);
    }

    @Test
    void the_declarations_are_for_the_learners_tutor_not_for_their_employer() {
        LearnerId mine = fixtures.learner(fixtures.demoEmployer(), null, fixtures.staffOf(TUTOR));
        Api.Response saved = as(TUTOR).put("/api/v1/learners/" + mine + "/declarations",
                "{\"healthDeclaration\":\"NOT_PROVIDED\",\"sex\":\"MALE\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("sex").asString()).isEqualTo("MALE");
        Api.Response denied = as(EMPLOYER).get("/api/v1/learners/" + mine + "/declarations");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).doesNotContain("MALE");
    }

    @Test
    void a_list_is_paginated_searchable_and_sorted() {
        Api admin = as(ADMIN);
        Api.Response page = admin.get("/api/v1/learners?size=5&page=1&sort=-name");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items").size()).isEqualTo(5);
        assertThat(page.json().get("page").asInt()).isEqualTo(1);
        assertThat(page.json().get("size").asInt()).isEqualTo(5);
        assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(30);

        Api.Response search = admin.get("/api/v1/learners?q=lola");
        assertThat(search.json().get("items").get(0).get("email").asString()).isEqualTo(LEARNER.email());

        Api.Response unknownSort = admin.get("/api/v1/learners?sort=password;drop");
        assertThat(unknownSort.status()).isEqualTo(200);
    }

    static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    static List<String> ids(Api.Response response) {
        return response.json().get("items").valueStream().map(JsonNode.class::cast).map(e -> e.get("id").asString())
                .toList();
    }
}
