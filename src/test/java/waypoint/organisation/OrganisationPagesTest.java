package waypoint.organisation;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.DIRECTOR;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.identity.Role;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/** The organisation pages over real HTTP: who sees what, and what a mistake gives back. */
@WaypointTest
class OrganisationPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation);
    }

    @ParameterizedTest(name = "an administrator opens {0}")
    @ValueSource(strings = {"/", "/employers", "/employers?q=north&sort=-town&page=0", "/employers/new", "/epaos",
            "/epaos/new", "/staff", "/staff?role=TUTOR&sort=-email", "/staff/new", "/learners",
            "/learners?q=lola&sort=-employer", "/learners/new", "/admin/provider", "/admin/provider/edit",
            "/admin/provider/job-titles", "/admin/provider/planning-policy"})
    void every_organisation_page_opens_for_an_administrator(String path) {
        Page page = PageClient.signedInAs(port, ADMIN).get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<main");
    }

    @Test
    void an_administrators_home_counts_each_record() {
        Page home = PageClient.signedInAs(port, ADMIN).get("/");
        assertThat(home.body()).contains("Across the provider", "learners", "employers", "staff", "EPAOs");
    }

    @Test
    void a_tutors_learners_are_their_caseload() {
        UUID employer = fixtures.employer();
        UUID mine = fixtures.learner(employer, null, fixtures.staffOf(TUTOR));
        UUID theirs = fixtures.learner(employer, null, fixtures.tutor());
        PageClient tutor = PageClient.signedInAs(port, TUTOR);

        Page list = tutor.get("/learners?employer=" + employer);
        assertThat(list.body()).contains("Your caseload", mine.toString()).doesNotContain(theirs.toString());
        assertThat(tutor.get("/learners/" + mine).status()).isEqualTo(200);
        assertThat(tutor.get("/learners/" + theirs).status()).isEqualTo(404);
    }

    @Test
    void an_employer_contact_sees_their_apprentices_and_not_another_employers() {
        UUID ours = fixtures.learner(fixtures.demoEmployer(), null, null);
        UUID elsewhere = fixtures.learner(fixtures.employer(), null, null);
        PageClient contact = PageClient.signedInAs(port, EMPLOYER);

        assertThat(contact.get("/learners").body()).contains("Your apprentices");
        assertThat(contact.get("/learners/" + ours).status()).isEqualTo(200);
        Page denied = contact.get("/learners/" + elsewhere);
        assertThat(denied.status()).isEqualTo(404);
        assertThat(denied.body()).contains("Page not found").doesNotContain("@example.test");
        assertThat(contact.get("/").body()).contains("Apprentices at Northgate Engineering Ltd");
    }

    @Test
    void a_learner_sees_only_their_own_record() {
        PageClient learner = PageClient.signedInAs(port, LEARNER);
        UUID own = organisation.findLearner(LEARNER.email()).orElseThrow();

        assertThat(learner.get("/learners/me").location()).endsWith("/learners/" + own);
        assertThat(learner.get("/learners").location()).endsWith("/learners/" + own);
        assertThat(learner.get("/learners/" + own).body()).contains("Lola Learner", TUTOR.displayName());
        assertThat(learner.get("/learners/" + fixtures.learner(fixtures.employer(), null, null)).status()).isEqualTo(404);
        assertThat(learner.get("/employers").status()).isEqualTo(403);
        assertThat(learner.get("/").body()).contains("Who to contact", TUTOR.displayName(), EMPLOYER.displayName());
    }

    @ParameterizedTest(name = "a tutor may not open {0}")
    @ValueSource(strings = {"/learners/new", "/employers/new", "/staff/new", "/epaos/new", "/admin/provider",
            "/admin/provider/job-titles", "/admin/provider/planning-policy"})
    void forms_for_administrators_are_refused_to_others(String path) {
        assertThat(PageClient.signedInAs(port, TUTOR).get(path).status()).isEqualTo(403);
    }

    @Test
    void an_unknown_or_malformed_id_is_the_404_page() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        for (String path : new String[] {"/learners/" + UUID.randomUUID(), "/employers/" + UUID.randomUUID(),
                "/staff/" + UUID.randomUUID(), "/epaos/" + UUID.randomUUID(), "/learners/not-an-id"}) {
            Page page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).contains("Page not found");
        }
    }

    @Test
    void a_form_with_mistakes_shows_the_errors_and_keeps_what_was_typed() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        Page form = admin.get("/employers/new");
        Page result = admin.post("/employers/new", form, Map.of("name", "Typed Name Ltd", "postcode", "NOT A CODE"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("There is a problem", "Enter a real postcode, like SW1A 1AA",
                "Select whether the employer pays the apprenticeship levy", "value=\"Typed Name Ltd\"",
                "value=\"NOT A CODE\"", "<title>Error: Add an employer");
    }

    @Test
    void a_learner_form_with_an_impossible_date_says_so_and_keeps_the_date() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        UUID employer = fixtures.employer();
        Page form = admin.get("/learners/new?employer=" + employer);
        Page result = admin.post("/learners/new", form, Map.of("employerId", employer.toString(),
                "givenNames", "Ada", "familyName", "Lovelace", "birthDay", "31", "birthMonth", "2", "birthYear", "2005",
                "uln", "1234567899", "email", "ada-" + Fixtures.unique() + "@example.test", "postcode", "LS1 1AA"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Date of birth must be a real date", "href=\"#birthDay\"",
                "value=\"31\"", "value=\"Lovelace\"");
    }

    @Test
    void roles_are_named_with_the_providers_job_titles() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        Page form = admin.get("/admin/provider/job-titles");
        String title = "Quality champion " + Fixtures.unique();
        try {
            admin.post("/admin/provider/job-titles", form, Map.of(Role.QUALITY.name(), title, "LEAD", "Team leader"));
            assertThat(admin.get("/staff?role=QUALITY").body()).contains(title);
            assertThat(admin.get("/staff/new").body()).contains(title);
        } finally {
            admin.post("/admin/provider/job-titles", form, Map.of(Role.QUALITY.name(), "", "LEAD", "Team leader"));
        }
        assertThat(admin.get("/staff?role=QUALITY").body()).doesNotContain(title);
    }

    @Test
    void provider_wide_staff_see_counts_on_their_home_page() {
        assertThat(PageClient.signedInAs(port, DIRECTOR).get("/").body()).contains("Across the provider")
                .doesNotContain("Add a learner");
    }
}
