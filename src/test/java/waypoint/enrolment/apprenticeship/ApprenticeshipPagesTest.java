package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/** The caseload, the apprenticeship's page and its action forms, over real HTTP. */
@WaypointTest
class ApprenticeshipPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipService service;
    @Autowired
    ApprenticeshipLifecycle lifecycle;

    TestApprenticeships people;
    ApprenticeshipId id;
    String learnerEmail;

    @BeforeEach
    void anApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        var account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        CurrentUser admin = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
        id = service.create(admin, people.newFor(people.learner()));
        learnerEmail = people.lastLearnerEmail;
        lifecycle.recordEmploymentStatus(id, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(LocalDate.of(2025, 9, 1).minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(admin, id, LocalDate.of(2025, 9, 1));
    }

    PageClient as(String email) {
        return PageClient.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    @Test
    void the_tutor_finds_it_on_their_caseload_filtered_by_status() {
        Page list = as(people.tutorEmail).get("/apprenticeships?status=IN_LEARNING&sort=-start");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Your apprenticeships").contains("Showing 1 to 1 of 1 apprenticeships")
                .contains("In learning");
        assertThat(as(people.tutorEmail).get("/apprenticeships?status=WITHDRAWN").text())
                .contains("No apprenticeships found");
    }

    @Test
    void the_page_shows_the_summary_figures_and_timeline() {
        Page page = as(DemoAccounts.ADMIN.email()).get("/apprenticeships/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("In learning").contains("1 September 2025").contains("1 March 2027")
                .contains("Minimum duration").contains("242 days").contains("Timeline").contains("Started learning")
                .contains("Record a break in learning");
    }

    @Test
    void the_page_links_to_the_records_other_modules_keep_and_each_link_opens() {
        PageClient tutor = as(people.tutorEmail);
        String body = tutor.get("/apprenticeships/" + id).body();
        assertThat(body).contains("Records of this apprenticeship");
        for (String part : new String[] {"/training-plan", "/off-the-job", "/portfolio", "/reviews", "/gateway"}) {
            assertThat(body).contains("href=\"/apprenticeships/" + id + part + "\"");
            assertThat(tutor.get("/apprenticeships/" + id + part).status()).as(part).isEqualTo(200);
        }
        // the employer is not offered the portfolio's evidence, which its page refuses them
        String employers = as(people.lineManagerEmail).get("/apprenticeships/" + id).body();
        assertThat(employers).contains("/apprenticeships/" + id + "/off-the-job")
                .doesNotContain("/apprenticeships/" + id + "/portfolio");
    }

    @Test
    void a_break_form_with_problems_keeps_what_was_typed_and_a_good_one_goes_on_the_timeline() {
        PageClient tutor = as(people.tutorEmail);
        Page form = tutor.get("/apprenticeships/" + id + "/break");
        assertThat(form.status()).isEqualTo(200);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveDay", "2");
        fields.put("effectiveMonth", "2");
        fields.put("effectiveYear", "2026");
        fields.put("expectedReturnDay", "16");
        fields.put("expectedReturnMonth", "2");
        fields.put("expectedReturnYear", "2026");
        fields.put("reason", "Operation on a knee");
        fields.put("version", version(form));
        Page refused = tutor.post("/apprenticeships/" + id + "/break", form, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is problem".replace("is ", "is a "))
                .contains("needs the employer's agreement").contains("4 weeks or less");
        assertThat(refused.body()).contains("Operation on a knee");

        fields.put("expectedReturnMonth", "4");
        fields.put("employerAgreed", "yes");
        Page saved = tutor.post("/apprenticeships/" + id + "/break", refused, fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tutor.follow(saved).text()).contains("Break in learning").contains("Operation on a knee")
                .contains("Expected return: 16 April 2026").contains("Record the return from the break");
    }

    @Test
    void a_withdrawal_form_without_what_it_asks_lists_each_problem_in_the_order_of_the_form() {
        PageClient tutor = as(people.tutorEmail);
        Page form = tutor.get("/apprenticeships/" + id + "/withdraw");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveDay", "31");
        fields.put("effectiveMonth", "2");
        fields.put("effectiveYear", "2026");
        fields.put("version", version(form));

        Page refused = tutor.post("/apprenticeships/" + id + "/withdraw", form, fields);

        assertThat(refused.status()).isEqualTo(200);
        String text = refused.text();
        assertThat(text).contains("There is a problem", "The date must be a real date", "Select the withdrawal reason",
                "Say why");
        assertThat(text.indexOf("The date must be a real date"))
                .isLessThan(text.indexOf("Select the withdrawal reason"));
        assertThat(text.indexOf("Select the withdrawal reason")).isLessThan(text.indexOf("Say why"));
        assertThat(refused.body()).contains("id=\"effectiveDay\"").contains("value=\"31\"");
        assertThat(as(people.tutorEmail).get("/apprenticeships/" + id).text()).contains("In learning");
    }

    @Test
    void the_tutor_records_a_new_line_manager_chosen_from_the_employers_contacts() {
        organisation.contact(people.employer, new waypoint.organisation.ContactDetails("Nia Newton",
                "nia-" + TestApprenticeships.unique() + "@example.test", null));
        PageClient tutor = as(people.tutorEmail);
        assertThat(tutor.get("/apprenticeships/" + id).text()).contains("Record a new line manager");
        Page form = tutor.get("/apprenticeships/" + id + "/change-line-manager");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Changed line manager", "Nia Newton")
                .contains("What they have signed stands");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveDay", "5");
        fields.put("effectiveMonth", "1");
        fields.put("effectiveYear", "2026");
        fields.put("reason", "Handed over to Nia");
        fields.put("version", version(form));
        Page refused = tutor.post("/apprenticeships/" + id + "/change-line-manager", form, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", "Select the line manager");
        assertThat(refused.body()).contains("Handed over to Nia");

        fields.put("lineManagerId", form.body().replaceAll("(?s).*<option value=\"([^\"]+)\">Nia Newton<.*", "$1"));
        Page saved = tutor.post("/apprenticeships/" + id + "/change-line-manager", refused, fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tutor.follow(saved).text()).contains("Nia Newton").contains("Changed line manager")
                .contains("Handed over to Nia");
        PageClient learner = as(learnerEmail);
        Page own = learner.get("/apprenticeships/" + id);
        assertThat(own.text()).doesNotContain("Record a new line manager");
        assertThat(learner.post("/apprenticeships/" + id + "/change-line-manager", own, fields).status())
                .isEqualTo(403);
    }

    @Test
    void a_learner_cannot_send_an_action_form_for_their_own_apprenticeship() {
        Page own = as(learnerEmail).get("/apprenticeships/" + id);
        assertThat(as(learnerEmail).post("/apprenticeships/" + id + "/withdraw", own, Map.of("reason", "Leaving"))
                .status()).isEqualTo(403);
    }

    @Test
    void a_stale_form_is_told_someone_else_changed_it_and_keeps_what_was_typed() {
        PageClient tutor = as(people.tutorEmail);
        Page form = tutor.get("/apprenticeships/" + id + "/break");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveDay", "2");
        fields.put("effectiveMonth", "2");
        fields.put("effectiveYear", "2026");
        fields.put("expectedReturnDay", "16");
        fields.put("expectedReturnMonth", "4");
        fields.put("expectedReturnYear", "2026");
        fields.put("employerAgreed", "yes");
        fields.put("reason", "Operation on a shoulder");
        fields.put("version", "" + (Integer.parseInt(version(form)) - 1));

        Page stale = tutor.post("/apprenticeships/" + id + "/break", form, fields);

        assertThat(stale.text()).contains("Someone else changed this apprenticeship");
        assertThat(stale.body()).contains("Operation on a shoulder");
    }

    @Test
    void people_with_no_part_in_it_see_not_found_and_its_learner_sees_it_without_actions() {
        TestApprenticeships elsewhere = new TestApprenticeships(organisation, accounts);
        assertThat(as(elsewhere.tutorEmail).get("/apprenticeships/" + id).status()).isEqualTo(404);
        assertThat(as(elsewhere.lineManagerEmail).get("/apprenticeships/" + id).status()).isEqualTo(404);

        Page own = as(learnerEmail).get("/apprenticeships/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).doesNotContain("Record a break in learning");
        assertThat(as(learnerEmail).get("/apprenticeships/" + id + "/break").status()).isEqualTo(403);
    }

    @Test
    void an_address_naming_no_apprenticeship_is_not_found() {
        assertThat(as(people.tutorEmail).get("/apprenticeships/not-an-id").status()).isEqualTo(404);
        assertThat(as(people.tutorEmail).get("/apprenticeships/not-an-id/payment-plan").status()).isEqualTo(404);
        assertThat(as(people.tutorEmail).get("/apprenticeships/not-an-id/onboarding").status()).isEqualTo(404);
    }

    private static String version(Page form) {
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
