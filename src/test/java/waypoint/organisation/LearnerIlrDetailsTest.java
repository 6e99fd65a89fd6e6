package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.util.ArrayList;
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
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A learner's ILR facts: a reference number given once, sex, ethnicity and the health declaration read from the
 * declarations (never entered twice), the rest entered on the ILR details, and what is missing said in words.
 */
@WaypointTest
class LearnerIlrDetailsTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation, apprenticeshipImport);
    }

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void every_learner_is_given_their_own_reference_number_in_the_ilr_format_and_it_never_changes() {
        LearnerId first = fixtures.learnerWithoutApprenticeship();
        LearnerId second = fixtures.learnerWithoutApprenticeship();
        Api admin = as(ADMIN);
        String one = admin.get("/api/v1/learners/" + first).json().get("learnerReference").asString();
        String two = admin.get("/api/v1/learners/" + second).json().get("learnerReference").asString();
        assertThat(one).matches("[A-Za-z0-9 ]{1,12}");
        assertThat(two).matches("[A-Za-z0-9 ]{1,12}").isNotEqualTo(one);

        Api.Response changed = admin.put("/api/v1/learners/" + first, Json.of(Map.of("givenNames", "Renamed",
                "familyName", "Learner " + Fixtures.unique(), "dateOfBirth", "2004-05-06", "uln", Fixtures.uln(),
                "email", "renamed-" + Fixtures.unique() + "@example.test", "postcode", "LS2 9JT",
                "reason", "Married")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("learnerReference").asString()).isEqualTo(one);
        assertThat(PageClient.signedInAs(port, ADMIN).get("/learners/" + first).body()).contains(one);
    }

    @Test
    void sex_ethnicity_and_the_health_declaration_come_from_the_declarations_and_what_is_missing_is_said_in_words() {
        LearnerId learner = fixtures.learnerWithoutApprenticeship();
        Api admin = as(ADMIN);
        JsonNode before = admin.get("/api/v1/learners/" + learner + "/ilr").json();
        assertThat(missing(before)).contains("Sex, as the ILR records it (female or male)", "Ethnic group",
                "Whether they have a learning difficulty, disability or health problem",
                "Prior attainment (their highest qualification level when they start)", "Postcode before enrolment");

        assertThat(admin.put("/api/v1/learners/" + learner + "/declarations",
                "{\"healthDeclaration\":\"YES\",\"sex\":\"FEMALE\",\"ethnicity\":\"E31\"}").status()).isEqualTo(200);
        JsonNode declared = admin.get("/api/v1/learners/" + learner + "/ilr").json();
        assertThat(declared.get("sex").asString()).isEqualTo("F");
        assertThat(declared.get("ethnicity").asString()).isEqualTo("E31");
        assertThat(missing(declared)).containsExactly(
                "Which kinds of learning difficulty, disability or health problem they have, and the main one",
                "Prior attainment (their highest qualification level when they start)", "Postcode before enrolment");

        Api.Response saved = admin.put("/api/v1/learners/" + learner + "/ilr", """
                {"priorAttainment":"FULL_LEVEL_2","postcodePrior":"ls1 1aa",
                 "llddCategories":["DYSLEXIA","AUTISM"],"mainLlddCategory":"DYSLEXIA",
                 "contactRestrictions":["NO_CONTACT_BY_POST","NO_CONTACT_FOR_SURVEYS"]}""");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("postcodePrior").asString()).isEqualTo("LS1 1AA");
        assertThat(saved.json().get("mainLlddCategory").asString()).isEqualTo("DYSLEXIA");
        assertThat(saved.json().get("contactRestrictions").size()).isEqualTo(2);
        assertThat(missing(saved.json())).isEmpty();

        String page = PageClient.signedInAs(port, ADMIN).get("/learners/" + learner + "/ilr").body();
        assertThat(page).contains("Dyslexia (the main one)", "Full level 2", "Do not contact by post")
                .doesNotContain("ILR facts missing");
    }

    @Test
    void kinds_of_difficulty_need_a_declared_one_and_a_main_one_and_a_bad_postcode_is_refused_in_words() {
        LearnerId learner = fixtures.learnerWithoutApprenticeship();
        Api admin = as(ADMIN);
        Api.Response undeclared = admin.put("/api/v1/learners/" + learner + "/ilr",
                "{\"llddCategories\":[\"DYSLEXIA\"],\"mainLlddCategory\":\"DYSLEXIA\",\"postcodePrior\":\"nowhere\"}");
        assertThat(undeclared.status()).isEqualTo(400);
        assertThat(undeclared.body()).contains("their declaration does not say yes").contains("postcodePrior");

        admin.put("/api/v1/learners/" + learner + "/declarations", "{\"healthDeclaration\":\"YES\"}");
        Api.Response noMain = admin.put("/api/v1/learners/" + learner + "/ilr",
                "{\"llddCategories\":[\"DYSLEXIA\",\"AUTISM\"]}");
        assertThat(noMain.status()).isEqualTo(400);
        assertThat(noMain.body()).contains("Select which kind is the main one");
        Api.Response otherMain = admin.put("/api/v1/learners/" + learner + "/ilr",
                "{\"llddCategories\":[\"DYSLEXIA\"],\"mainLlddCategory\":\"AUTISM\"}");
        assertThat(otherMain.status()).isEqualTo(400);
        assertThat(otherMain.body()).contains("The main one must be one of the kinds selected");
    }

    @Test
    void the_learners_tutor_reads_the_ilr_details_only_an_administrator_changes_them_and_others_see_nothing() {
        LearnerId mine = fixtures.learner(fixtures.demoEmployer(), null, fixtures.staffOf(TUTOR));
        assertThat(as(TUTOR).get("/api/v1/learners/" + mine + "/ilr").status()).isEqualTo(200);
        Api.Response tutorChange = as(TUTOR).put("/api/v1/learners/" + mine + "/ilr",
                "{\"priorAttainment\":\"FULL_LEVEL_2\"}");
        assertThat(tutorChange.status()).isEqualTo(403);
        assertThat(as(EMPLOYER).get("/api/v1/learners/" + mine + "/ilr").status()).isEqualTo(403);
        assertThat(as(LEARNER).get("/api/v1/learners/" + mine + "/ilr").status()).isEqualTo(404);
        assertThat(as(LEARNER).put("/api/v1/learners/" + mine + "/ilr", "{}").status()).isEqualTo(404);

        String adminPage = PageClient.signedInAs(port, ADMIN).get("/learners/" + mine).body();
        assertThat(adminPage).contains("ILR facts missing").contains("/learners/" + mine + "/ilr/edit")
                .contains("/learners/" + mine + "/declarations/edit");
        String tutorPage = PageClient.signedInAs(port, TUTOR).get("/learners/" + mine).body();
        assertThat(tutorPage).doesNotContain("ILR facts missing");
        assertThat(PageClient.signedInAs(port, TUTOR).get("/learners/" + mine + "/ilr/edit").status())
                .isEqualTo(403);
    }

    @Test
    void an_administrator_changes_the_ilr_details_on_the_page_with_an_error_summary_for_bad_input() {
        LearnerId learner = fixtures.learnerWithoutApprenticeship();
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        PageClient.Page form = admin.get("/learners/" + learner + "/ilr/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("LS2 9JT"); // the home postcode offered as the one before enrolment

        PageClient.Page bad = admin.post("/learners/" + learner + "/ilr/edit", form,
                Map.of("postcodePrior", "nowhere", "priorAttainment", "FULL_LEVEL_3"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("govuk-error-summary");

        PageClient.Page saved = admin.post("/learners/" + learner + "/ilr/edit", form, List.of(
                Map.entry("postcodePrior", "LS2 9JT"), Map.entry("priorAttainment", "FULL_LEVEL_3"),
                Map.entry("contactRestrictions", "NO_CONTACT_BY_PHONE"),
                Map.entry("contactRestrictions", "NO_CONTACT_ABOUT_COURSES")));
        assertThat(saved.status()).isEqualTo(302);
        String page = admin.get("/learners/" + learner + "/ilr").body();
        assertThat(page).contains("Full level 3", "Do not contact by telephone",
                "Do not contact about courses or learning opportunities");
    }

    @Test
    void the_demo_learners_have_their_ilr_facts_and_the_newcomer_shows_what_is_still_missing() {
        LearnerId lola = organisation.findLearner(DemoAccounts.LEARNER.email()).orElseThrow();
        LearnerId dylan = organisation.findLearner("dylan.newman@learners.test").orElseThrow();
        Api admin = as(ADMIN);
        assertThat(missing(admin.get("/api/v1/learners/" + lola + "/ilr").json())).isEmpty();
        assertThat(missing(admin.get("/api/v1/learners/" + dylan + "/ilr").json())).containsExactly(
                "Prior attainment (their highest qualification level when they start)", "Postcode before enrolment");
    }

    @Test
    void the_ilr_facts_are_published_for_the_return_in_the_organisation_views() {
        LearnerId learner = fixtures.learnerWithoutApprenticeship();
        Api admin = as(ADMIN);
        admin.put("/api/v1/learners/" + learner + "/declarations", "{\"healthDeclaration\":\"YES\"}");
        admin.put("/api/v1/learners/" + learner + "/ilr", """
                {"priorAttainment":"LEVEL_4","postcodePrior":"YO1 7HH","llddCategories":["HEARING_IMPAIRMENT"],
                 "mainLlddCategory":"HEARING_IMPAIRMENT","contactRestrictions":["NO_CONTACT_BY_EMAIL"]}""");
        String reference = admin.get("/api/v1/learners/" + learner).json().get("learnerReference").asString();

        assertThat(jdbc.sql("SELECT learner_reference || ' ' || prior_attainment || ' ' || postcode_prior"
                + " FROM organisation.learner_ilr WHERE learner_id = :id").param("id", learner).query(String.class)
                .single()).isEqualTo(reference + " LEVEL_4 YO1 7HH");
        assertThat(jdbc.sql("SELECT category FROM organisation.learner_lldd_category WHERE learner_id = :id AND main")
                .param("id", learner).query(String.class).single()).isEqualTo("HEARING_IMPAIRMENT");
        assertThat(jdbc.sql("SELECT restriction FROM organisation.learner_contact_restriction WHERE learner_id = :id")
                .param("id", learner).query(String.class).list()).containsExactly("NO_CONTACT_BY_EMAIL");
        assertThat(jdbc.sql("SELECT employer_reference_number FROM organisation.employer_reference e"
                + " JOIN organisation.employer o ON o.id = e.employer_id WHERE o.name = 'Northgate Engineering Ltd'")
                .query(String.class).single()).isEqualTo("402135784");
    }

    @Test
    void an_employer_without_its_reference_number_is_missing_from_its_apprentices_ilr_facts_until_it_is_entered() {
        EmployerId employer = fixtures.employer();
        LearnerId learner = fixtures.learner(employer, null, null);
        Api admin = as(ADMIN);
        assertThat(missing(admin.get("/api/v1/learners/" + learner + "/ilr").json()))
                .contains("Their employer's reference number");
        assertThat(PageClient.signedInAs(port, ADMIN).get("/employers/" + employer).body())
                .contains("Missing: the ILR return needs it");

        PageClient pages = PageClient.signedInAs(port, ADMIN);
        PageClient.Page form = pages.get("/employers/" + employer + "/edit");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("name", "Ern Employer " + Fixtures.unique(),
                "funding", "NON_LEVY", "employerReferenceNumber", "100000003"));
        PageClient.Page wrong = pages.post("/employers/" + employer + "/edit", form, fields);
        assertThat(wrong.body()).contains("govuk-error-summary").contains("Enter a valid employer reference number");
        fields.put("employerReferenceNumber", "100000002");
        assertThat(pages.post("/employers/" + employer + "/edit", form, fields).status()).isEqualTo(302);

        assertThat(missing(admin.get("/api/v1/learners/" + learner + "/ilr").json()))
                .doesNotContain("Their employer's reference number");
    }

    private static List<String> missing(JsonNode facts) {
        List<String> words = new ArrayList<>();
        facts.get("missing").forEach(m -> words.add(m.get("fact").asString()));
        return words;
    }
}
