package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/** “Record an apprenticeship” without a browser: a migrated one, and its final page sent twice. */
@WaypointTest
class RecordingPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apprenticeships apprenticeships;

    @Test
    void a_migrated_apprenticeship_is_recorded_once_however_often_the_answers_are_sent() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        PageClient lead = PageClient.at(port).signedInAs(DemoAccounts.LEAD.email(), DemoAccounts.PASSWORD);

        assertThat(lead.get("/apprenticeships/new?migrated=true").location()).endsWith("/apprenticeships/new/learner");
        send(lead, "learner", Map.of("learnerId", learner.toString()));
        send(lead, "employer", Map.of("employerId", people.employer.toString()));
        send(lead, "line-manager", Map.of("lineManagerId", people.lineManager.toString()));
        send(lead, "standard", Map.of("standardReference", "ST0116"));
        send(lead, "tutor", Map.of("tutorId", people.tutor.toString()));
        send(lead, "other-staff", Map.of());
        Page missing = lead.post("/apprenticeships/new/hours", lead.get("/apprenticeships/new/hours"), Map.of());
        assertThat(missing.text()).contains("Enter the contracted weekly hours");
        send(lead, "hours", Map.of("weeklyHours", "30"));
        send(lead, "dates", Map.of("startDay", "1", "startMonth", "9", "startYear", "2025", "endDay", "1",
                "endMonth", "9", "endYear", "2026"));
        send(lead, "epa-period", Map.of());
        send(lead, "delivery", Map.of("deliveryModel", "WORKPLACE"));
        send(lead, "funding", Map.of("fundingType", "NON_LEVY"));
        Page status = send(lead, "epao", Map.of());
        assertThat(status.location()).endsWith("/apprenticeships/new/status");
        send(lead, "status", Map.of("status", "GATEWAY", "statusDay", "1", "statusMonth", "9", "statusYear", "2026"));

        Page check = lead.get("/apprenticeships/new/check");
        assertThat(check.text()).contains("Check your answers").contains("Gateway since 1 September 2026")
                .contains("Minimum duration");
        String token = check.body().replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        Page recorded = lead.post("/apprenticeships/new/check", check, Map.of("token", token));
        Page again = lead.post("/apprenticeships/new/check", check, Map.of("token", token));

        assertThat(recorded.location()).contains("/apprenticeships/");
        assertThat(again.location()).isEqualTo(recorded.location().replace("?saved", ""));
        assertThat(apprenticeships.ofLearner(learner)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.GATEWAY);
            assertThat(a.migrated()).isTrue();
        });
    }

    @Test
    void a_price_with_a_fraction_of_a_penny_is_refused_on_its_own_page_in_the_error_summary() {
        PageClient lead = PageClient.at(port).signedInAs(DemoAccounts.LEAD.email(), DemoAccounts.PASSWORD);
        lead.get("/apprenticeships/new");
        Page funding = lead.get("/apprenticeships/new/funding");

        Page refused = lead.post("/apprenticeships/new/funding", funding, Map.of("fundingType", "NON_LEVY",
                "trainingPrice", "100.555", "epaPrice", "-1"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem",
                "Enter the training price in pounds, like 12000 or 12000.50",
                "Enter the end-point assessment price in pounds, like 12000 or 12000.50");
    }

    @Test
    void learners_and_employer_contacts_do_not_record_apprenticeships() {
        assertThat(PageClient.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD)
                .get("/apprenticeships/new/learner").status()).isEqualTo(403);
        assertThat(PageClient.at(port).signedInAs(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD)
                .get("/apprenticeships/new").status()).isEqualTo(403);
    }

    @Test
    void the_demo_employer_lists_only_their_own_apprentices() {
        Page list = PageClient.at(port).signedInAs(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD)
                .get("/apprenticeships");
        assertThat(list.text()).contains("Your apprentices").contains("Northgate Engineering Ltd")
                .doesNotContain("Brightside Care Homes").doesNotContain("Riverside Digital Agency");
    }

    @Test
    void from_a_learners_page_the_learner_is_chosen_and_the_employer_their_old_record_named_is_suggested() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        // what a learner record added before apprenticeships alone recorded it named, as the migration kept it
        jdbc.sql("INSERT INTO learner_works_with_as_added (learner_id, employer_id, line_manager_id, kept_at)"
                        + " VALUES (:learner, :employer, :manager, now())")
                .param("learner", learner).param("employer", people.employer).param("manager", people.lineManager)
                .update();
        PageClient lead = PageClient.at(port).signedInAs(DemoAccounts.LEAD.email(), DemoAccounts.PASSWORD);

        assertThat(lead.get("/apprenticeships/new?learner=" + learner).location())
                .endsWith("/apprenticeships/new/learner");
        assertThat(lead.get("/apprenticeships/new/learner").body())
                .containsPattern("value=\"" + learner + "\"\\s+selected");
        send(lead, "learner", Map.of("learnerId", learner.toString()));
        assertThat(lead.get("/apprenticeships/new/employer").body())
                .containsPattern("value=\"" + people.employer + "\"\\s+selected");
        assertThat(lead.get("/apprenticeships/new/line-manager").body())
                .containsPattern("value=\"" + people.lineManager + "\"\\s+selected");
    }

    private static Page send(PageClient client, String step, Map<String, String> answers) {
        Page form = client.get("/apprenticeships/new/" + step);
        assertThat(form.status()).as(step).isEqualTo(200);
        Page sent = client.post("/apprenticeships/new/" + step, form, answers);
        assertThat(sent.status()).as(step + ": " + sent.text()).isEqualTo(302);
        return sent;
    }
}
