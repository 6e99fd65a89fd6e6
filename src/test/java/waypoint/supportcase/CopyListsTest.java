package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Copy lists are real (your support policy, who is copied in): the client partner named on the apprenticeship, or
 * else the provider's default client partner, is copied in; a formal stage cannot begin with neither; each email
 * says who actually received it; a step refused for the role names the rule.
 */
@WaypointTest
class CopyListsTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SupportCaseImport cases;
    @Autowired
    JdbcClient jdbc;

    private Optional<Map<String, Object>> savedDefault;

    @BeforeEach
    void rememberTheDefaultClientPartner() {
        savedDefault = jdbc.sql("SELECT name, email FROM support_client_partner_default WHERE id = 1").query()
                .listOfRows().stream().findFirst();
    }

    @AfterEach
    void putTheDefaultClientPartnerBack() {
        jdbc.sql("DELETE FROM support_client_partner_default").update();
        savedDefault.ifPresent(row -> jdbc.sql("INSERT INTO support_client_partner_default (id, name, email)"
                + " VALUES (1, :name, :email)").param("name", row.get("name")).param("email", row.get("email"))
                .update());
    }

    private String stage3Body() {
        return "{\"supportSoFar\":\"Two check-ins\",\"reasons\":\"Still behind\",\"planUntil\":\""
                + LocalDate.now(clock).plusDays(40) + "\",\"actions\":[{\"description\":\"Log the hours\",\"dueOn\":\""
                + LocalDate.now(clock).plusDays(20) + "\"}]}";
    }

    @Test
    void without_a_named_or_default_client_partner_stage_three_is_refused_and_with_the_default_it_is_copied_in() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 150, false);
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 2, "PLACEMENT",
                "Behind on the portfolio");
        cases.tellInPerson(people.coach, id, LocalDate.now(clock));
        jdbc.sql("DELETE FROM support_client_partner_default").update();
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        String base = "/api/v1/support-cases/" + id;

        Api.Response refused = coach.post(base + "/stage-3", stage3Body());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).startsWith("a formal stage needs a client partner to"
                + " copy in").contains("set your default client partner in the support case settings");
        assertThat(coach.get(base).json().get("needed").toString()).contains("Before stage 3 can begin, name a"
                + " client partner");

        // only an administrator sets the default, with a real email address
        String partner = "Dee Default " + people.suffix;
        String email = "dee.default." + people.suffix + "@example.test";
        assertThat(coach.put("/api/v1/support-cases/settings/client-partner", "{\"name\":\"x\",\"email\":\"x@y.z\"}")
                .status()).isEqualTo(403);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), SupportPeople.PASSWORD);
        Api.Response bad = admin.put("/api/v1/support-cases/settings/client-partner", "{\"name\":\" \",\"email\":\"no\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("partnerName").contains("partnerEmail");
        assertThat(admin.put("/api/v1/support-cases/settings/client-partner", "{\"name\":\"" + partner
                + "\",\"email\":\"" + email + "\"}").status()).isEqualTo(200);

        Api.Response started = coach.post(base + "/stage-3", stage3Body());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        var sent = coach.get(base + "/emails").json().get(0);
        assertThat(sent.get("recipients").asString()).contains(email, people.learner.email(), people.manager.email())
                .doesNotContain(people.clientPartner.email());
        assertThat(sent.get("body").asString()).contains("This email was sent to " + people.learner.displayName()
                + " (apprentice), copied to " + people.manager.displayName() + " (line manager), " + partner
                + " (client partner).");
    }

    @Test
    void the_client_partner_named_on_the_apprenticeship_is_copied_in_rather_than_the_default() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 150);
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 1, "PASTORAL", "Money worries");
        cases.tellInPerson(people.coach, id, LocalDate.now(clock));
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        String base = "/api/v1/support-cases/" + id;
        assertThat(coach.post(base + "/stage-3", stage3Body()).status()).isEqualTo(200);
        var sent = coach.get(base + "/emails").json().get(0);
        assertThat(sent.get("recipients").asString()).contains(people.clientPartner.email());
        assertThat(sent.get("body").asString()).contains(people.clientPartner.displayName() + " (client partner)")
                .doesNotContain("Chris Partner");
    }

    @Test
    void a_step_given_to_another_role_is_refused_on_the_page_naming_the_rule() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 150);
        PageClient coach = PageClient.signedInAs(port, people.coach.email(), SupportPeople.PASSWORD);
        String path = "/support-cases/other-policy?apprenticeship=" + people.apprenticeship;
        PageClient.Page form = coach.get(path);
        PageClient.Page refused = coach.post(path, form, Map.of("policy", "Code of conduct", "date",
                LocalDate.now(clock).toString(), "withdrawalReason", "EXCLUSION", "details", "Misconduct"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Your support policy: only the head of developer success or head of"
                + " training (or someone more senior) may end the apprenticeship under another policy")
                .doesNotContain("You do not have access to this");
    }
}
