package waypoint.organisation;

import waypoint.organisation.LearnerId;
import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.DIRECTOR;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.identity.CurrentUser;
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
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LearnerAccess access;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation, apprenticeshipImport);
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
        EmployerId employer = fixtures.employer();
        LearnerId mine = fixtures.learner(employer, null, fixtures.staffOf(TUTOR));
        LearnerId theirs = fixtures.learner(employer, null, fixtures.tutor());
        PageClient tutor = PageClient.signedInAs(port, TUTOR);

        Page list = tutor.get("/learners?employer=" + employer);
        assertThat(list.body()).contains("Your caseload", mine.toString()).doesNotContain(theirs.toString());
        assertThat(tutor.get("/learners/" + mine).status()).isEqualTo(200);
        assertThat(tutor.get("/learners/" + theirs).status()).isEqualTo(404);
    }

    @Test
    void an_employer_contact_sees_their_apprentices_and_not_another_employers() {
        LearnerId ours = fixtures.learner(fixtures.demoEmployer(), null, null);
        LearnerId elsewhere = fixtures.learner(fixtures.employer(), null, null);
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
        LearnerId own = organisation.findLearner(LEARNER.email()).orElseThrow();

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
                "/staff/" + UUID.randomUUID(), "/epaos/" + UUID.randomUUID(), "/learners/not-an-id",
                "/employers/not-an-id"}) {
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
        Page form = admin.get("/learners/new");
        Page result = admin.post("/learners/new", form, Map.of(
                "givenNames", "Ada", "familyName", "Lovelace", "birthDay", "31", "birthMonth", "2", "birthYear", "2005",
                "uln", "1234567899", "email", "ada-" + Fixtures.unique() + "@example.test", "postcode", "LS1 1AA"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Date of birth must be a real date", "href=\"#birthDay\"",
                "value=\"31\"", "value=\"Lovelace\"");
    }

    @Test
    void a_learner_form_with_a_date_of_birth_missing_its_month_says_which_box_is_empty_in_the_gov_uk_words() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        Page form = admin.get("/learners/new");
        Page result = admin.post("/learners/new", form, Map.of(
                "givenNames", "Ada", "familyName", "Lovelace", "birthDay", "27", "birthMonth", "", "birthYear", "2005",
                "uln", "1234567899", "email", "ada-" + Fixtures.unique() + "@example.test", "postcode", "LS1 1AA"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Date of birth must include a month", "href=\"#birthDay\"",
                "id=\"birth-error\"", "value=\"27\"").doesNotContain("Enter the learner&#39;s date of birth");
    }

    @Test
    void a_learner_added_on_the_form_has_no_apprenticeship_yet_and_their_page_offers_to_record_one() {
        PageClient admin = PageClient.signedInAs(port, ADMIN);
        Page form = admin.get("/learners/new");
        assertThat(form.body()).doesNotContain("name=\"employerId\"", "name=\"lineManagerId\"", "name=\"tutorId\"");
        String email = "grace-" + Fixtures.unique() + "@example.test";
        Page saved = admin.post("/learners/new", form, Map.of("givenNames", "Grace", "familyName", "Hopper",
                "birthDay", "9", "birthMonth", "12", "birthYear", "2004", "uln", Fixtures.uln(), "email", email,
                "postcode", "LS1 1AA"));
        assertThat(saved.status()).isEqualTo(302);
        LearnerId id = organisation.findLearner(email).orElseThrow();
        assertThat(admin.follow(saved).body()).contains("govuk-notification-banner--success", "The learner has been saved");

        Page record = admin.get("/learners/" + id);
        assertThat(record.body()).doesNotContain("The learner has been saved");
        assertThat(record.body()).contains("No apprenticeship yet", "/apprenticeships/new?learner=" + id)
                .doesNotContain("Not assigned");
        // nobody works with them yet: no employer contact or tutor opens their record
        assertThat(PageClient.signedInAs(port, EMPLOYER).get("/learners/" + id).status()).isEqualTo(404);
        assertThat(PageClient.signedInAs(port, TUTOR).get("/learners/" + id).status()).isEqualTo(404);
        // and the way to record one starts with them chosen
        Page recording = admin.follow(admin.get("/apprenticeships/new?learner=" + id));
        assertThat(recording.body()).containsPattern("value=\"" + id + "\"[^>]*selected|selected[^>]*value=\"" + id + "\"");
    }

    @Test
    void a_learner_with_no_apprenticeship_shows_who_their_record_named_before_apprenticeships_alone_did() {
        EmployerId employer = fixtures.employer();
        StaffMemberId tutor = fixtures.tutor();
        LearnerId id = fixtures.learnerWithoutApprenticeship();
        jdbc.sql("INSERT INTO learner_works_with_as_added (learner_id, employer_id, tutor_id, kept_at)"
                + " VALUES (:learner, :employer, :tutor, now())").param("learner", id).param("employer", employer)
                .param("tutor", tutor).update();

        Page record = PageClient.signedInAs(port, ADMIN).get("/learners/" + id);

        String employerName = jdbc.sql("SELECT name FROM employer WHERE id = :id").param("id", employer)
                .query(String.class).single();
        String tutorName = jdbc.sql("SELECT name FROM staff_member WHERE id = :id").param("id", tutor)
                .query(String.class).single();
        assertThat(record.text()).contains("No apprenticeship yet", "When this learner was added, their record named",
                employerName, tutorName);
        // it grants nothing: that tutor still cannot open them
        UUID account = jdbc.sql("SELECT account_id FROM staff_member WHERE id = :id").param("id", tutor)
                .query(UUID.class).single();
        assertThat(access.canView(new CurrentUser(account, "t@example.test", tutorName, Set.of(Role.TUTOR)), id))
                .isFalse();
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
