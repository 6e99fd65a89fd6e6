package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.audit.AuditSearch;
import waypoint.audit.AuditTrail;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * People outside the provider (docs/domain/external-access.md): an administrator gives them read-only access to some
 * apprenticeships until an end date; they see exactly those, change nothing, never see safeguarding or health and
 * equality records, are shut out after the end date or once the grant is ended, and every read is audited.
 */
@WaypointTest
class ExternalAccessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PASSWORD = "an external reviewer's password";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    ExternalAccess external;
    @Autowired
    AuditTrail audit;
    @Autowired
    waypoint.organisation.Learners learners;

    TestApprenticeships people;
    UUID inScope;
    UUID outOfScope;
    UUID learnerInScope;
    CurrentUser admin;
    LocalDate today;

    @BeforeEach
    void twoApprenticesOneOfThemGranted() {
        people = new TestApprenticeships(organisation, accounts);
        inScope = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        outOfScope = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        learnerInScope = apprenticeships.find(inScope).orElseThrow().learnerId();
        AccountSummary a = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        admin = new CurrentUser(a.id(), a.email(), a.displayName(), a.roles());
        today = LocalDate.now(LONDON);
    }

    private ExternalGrant granted(ExternalKind kind, LocalDate grantedOn, LocalDate from, LocalDate to) {
        return external.recordForTheDemo(admin, new NewExternalGrant("Avery Auditor", TestApprenticeships.unique()
                + "-auditor@example.test", "ESFA", kind,
                ExternalGrant.Scope.apprenticeships("One named apprentice", Set.of(inScope)), from, to),
                grantedOn, PASSWORD);
    }

    private ExternalGrant openGrant(ExternalKind kind) {
        return granted(kind, today, today, today.plusDays(10));
    }

    @Test
    void they_see_the_apprenticeships_of_their_grant_and_no_other_on_pages_lists_and_the_api() {
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);

        assertThat(pages.get("/apprenticeships/" + inScope).status()).isEqualTo(200);
        assertThat(pages.get("/apprenticeships/" + outOfScope).status()).isIn(403, 404);
        PageClient.Page list = pages.get("/apprenticeships");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(inScope.toString()).doesNotContain(outOfScope.toString());

        Api api = Api.at(port).signedInAs(grant.email(), PASSWORD);
        assertThat(api.get("/api/v1/apprenticeships/" + inScope).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/apprenticeships/" + outOfScope).status()).isIn(403, 404);
        Api.Response listed = api.get("/api/v1/apprenticeships");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(inScope.toString()).doesNotContain(outOfScope.toString());
    }

    @Test
    void they_read_the_training_plan_off_the_job_ledger_portfolio_reviews_and_gateway_of_an_apprenticeship_in_scope() {
        ExternalGrant grant = openGrant(ExternalKind.EXTERNAL_QUALITY_ASSURER);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);

        for (String part : new String[] {"training-plan", "off-the-job", "portfolio", "reviews", "gateway"}) {
            assertThat(pages.get("/apprenticeships/" + inScope + "/" + part).status()).as(part).isEqualTo(200);
            assertThat(pages.get("/apprenticeships/" + outOfScope + "/" + part).status()).as(part).isIn(403, 404);
        }
    }

    @Test
    void an_assessor_sees_the_apprentices_of_their_grant_only_from_gateway_on() {
        PageClient assessor = PageClient.signedInAs(port, openGrant(ExternalKind.ASSESSOR).email(), PASSWORD);
        // the apprentice of the grant is still in learning
        assertThat(assessor.get("/apprenticeships/" + inScope).status()).isIn(403, 404);
        assertThat(assessor.get("/apprenticeships").body()).doesNotContain(inScope.toString());
    }

    @Test
    void only_a_funding_auditor_opens_the_evidence_pack_and_only_of_an_apprenticeship_in_scope() {
        PageClient auditor = PageClient.signedInAs(port, openGrant(ExternalKind.FUNDING_AUDITOR).email(), PASSWORD);
        assertThat(auditor.get("/apprenticeships/" + inScope + "/evidence-pack").status()).isEqualTo(200);
        assertThat(auditor.get("/apprenticeships/" + outOfScope + "/evidence-pack").status()).isIn(403, 404);
        assertThat(auditor.get("/funding-audit").status()).isEqualTo(403);

        PageClient inspector = PageClient.signedInAs(port, openGrant(ExternalKind.INSPECTOR).email(), PASSWORD);
        assertThat(inspector.get("/apprenticeships/" + inScope + "/evidence-pack").status()).isEqualTo(403);
    }

    @Test
    void safeguarding_concerns_health_declarations_equality_answers_and_messages_are_never_theirs() {
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);
        assertThat(pages.get("/concerns").status()).isEqualTo(403);
        assertThat(pages.get("/learners/" + learnerInScope + "/declarations").status()).isIn(403, 404);
        assertThat(pages.get("/learners/" + learnerInScope).status()).isIn(403, 404);
        assertThat(pages.get("/messages").status()).isEqualTo(403);

        Api api = Api.at(port).signedInAs(grant.email(), PASSWORD);
        assertThat(api.get("/api/v1/concerns").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/learners/" + learnerInScope + "/declarations").status()).isIn(403, 404);
    }

    @Test
    void every_write_is_refused_on_pages_and_in_the_api() {
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);
        PageClient.Page record = pages.get("/apprenticeships/" + inScope);
        assertThat(pages.post("/apprenticeships/" + inScope + "/withdraw", record, Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(pages.post("/concerns", record, Map.of("summary", "x")).status()).isEqualTo(403);

        Api api = Api.at(port).signedInAs(grant.email(), PASSWORD);
        Api.Response refused = api.post("/api/v1/apprenticeships/" + inScope + "/withdraw", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("read only");
        assertThat(apprenticeships.find(inScope).orElseThrow().status().name()).isEqualTo("IN_LEARNING");
    }

    @Test
    void after_the_end_date_they_cannot_sign_in_or_open_anything() {
        ExternalGrant ended = granted(ExternalKind.INSPECTOR, today.minusDays(20), today.minusDays(20),
                today.minusDays(1));
        PageClient pages = PageClient.at(port);
        pages.signIn(ended.email(), PASSWORD);
        PageClient.Page home = pages.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/access-ended");
        assertThat(pages.get("/access-ended").text()).contains("Your access has ended");
        assertThat(pages.get("/apprenticeships/" + inScope).location()).contains("/sign-in");

        Api.Response refused = Api.at(port).signedInAs(ended.email(), PASSWORD).get("/api/v1/apprenticeships/" + inScope);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Your access has ended");
    }

    @Test
    void an_administrator_ends_a_grant_at_any_time_and_the_next_page_shuts_them_out() {
        ExternalGrant grant = openGrant(ExternalKind.ASSESSOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);
        assertThat(pages.get("/apprenticeships").status()).isEqualTo(200);

        PageClient administrator = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page page = administrator.get("/admin/external-access/" + grant.id());
        assertThat(page.text()).contains("Avery Auditor").contains("One named apprentice");
        assertThat(administrator.post("/admin/external-access/" + grant.id() + "/end", page, Map.of()).status())
                .isEqualTo(302);

        assertThat(pages.get("/apprenticeships").location()).endsWith("/access-ended");
        assertThat(external.grantOf(grant.accountId()).orElseThrow().state()).isEqualTo(ExternalGrant.State.ENDED);
        assertThat(audit.search(admin, new AuditSearch("ExternalAccessGrant", grant.id().toString(), "UPDATED", null,
                null, null, null)).entries()).hasSize(1);
    }

    @Test
    void every_page_and_api_read_they_make_is_audited() {
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient.signedInAs(port, grant.email(), PASSWORD).get("/apprenticeships/" + inScope);
        Api.at(port).signedInAs(grant.email(), PASSWORD).get("/api/v1/apprenticeships/" + inScope);

        var views = audit.search(admin, new AuditSearch(null, null, AuditSearch.VIEWED, grant.email(), null, null,
                null)).entries();
        assertThat(views).extracting(e -> e.after())
                .anyMatch(what -> what.startsWith("page /apprenticeships/" + inScope))
                .anyMatch(what -> what.startsWith("API /api/v1/apprenticeships/" + inScope));
    }

    @Test
    void an_administrator_gives_access_on_the_page_and_wrong_answers_come_back_with_their_messages() {
        PageClient administrator = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = administrator.get("/admin/external-access/new");
        assertThat(form.status()).isEqualTo(200);
        String uln = learners.find(learnerInScope).orElseThrow().uln();

        PageClient.Page wrong = administrator.post("/admin/external-access", form, Map.of("personName", "",
                "email", "not an email", "scopeKind", "APPRENTICESHIPS", "ulns", "0000000000"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("There is a problem").contains("Enter the person's full name")
                .contains("No apprentice has the ULN 0000000000").contains("Choose what kind of access");

        String email = TestApprenticeships.unique() + "-inspector@example.test";
        PageClient.Page given = administrator.post("/admin/external-access", form, Map.of("personName", "Indy Inspector",
                "email", email, "organisation", "Ofsted", "kind", "INSPECTOR", "scopeKind", "APPRENTICESHIPS",
                "ulns", uln, "startsOn", today.toString(), "endsOn", today.plusDays(5).toString()));
        assertThat(given.status()).isEqualTo(302);
        assertThat(given.location()).contains("/admin/external-access/");
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(waypoint.identity.Role.EXTERNAL);
        assertThat(administrator.get("/admin/external-access").text()).contains("Indy Inspector");
    }

    @Test
    void an_administrator_gives_lists_and_ends_access_through_the_api_and_wrong_answers_are_field_errors() {
        Api administrator = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        String uln = learners.find(learnerInScope).orElseThrow().uln();

        Api.Response wrong = administrator.post("/api/v1/external-access", """
                {"personName": "", "email": "not an email", "scopeKind": "APPRENTICESHIPS", "ulns": ["0000000000"]}
                """);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("personName").contains("No apprentice has the ULN 0000000000")
                .contains("kind");

        String email = TestApprenticeships.unique() + "-eqa@example.test";
        Api.Response given = administrator.post("/api/v1/external-access", """
                {"personName": "Esme Assurer", "email": "%s", "organisation": "An awarding body",
                 "kind": "EXTERNAL_QUALITY_ASSURER", "scopeKind": "APPRENTICESHIPS", "ulns": ["%s"],
                 "startsOn": "%s", "endsOn": "%s"}
                """.formatted(email, uln, today, today.plusDays(5)));
        assertThat(given.status()).isEqualTo(201);
        String id = given.json().get("id").asString();
        assertThat(given.json().get("apprenticeships").asInt()).isEqualTo(1);
        assertThat(administrator.get("/api/v1/external-access").body()).contains("Esme Assurer");
        assertThat(administrator.get("/api/v1/external-access/" + id).json().get("state").asString())
                .isEqualTo("Open");

        assertThat(administrator.post("/api/v1/external-access/" + id + "/end", "{}").json().get("state").asString())
                .isEqualTo("Ended");
        assertThat(administrator.post("/api/v1/external-access/" + id + "/end", "{}").status()).isEqualTo(409);

        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get("/api/v1/external-access").status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/external-access", "{}").status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/external-access/" + id + "/end", "{}").status()).isEqualTo(403);
    }

    @Test
    void only_administrators_give_list_or_end_access() {
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get("/admin/external-access").status()).isEqualTo(403);
        assertThat(tutor.get("/admin/external-access/new").status()).isEqualTo(403);
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        assertThat(head.get("/admin/external-access").status()).isEqualTo(403);
    }

    @Test
    void their_navigation_holds_only_what_they_may_read() {
        PageClient pages = PageClient.signedInAs(port, openGrant(ExternalKind.INSPECTOR).email(), PASSWORD);
        String home = pages.get("/").body();
        assertThat(home).contains("Your access").contains("One named apprentice")
                .contains("href=\"/apprenticeships\"").doesNotContain("href=\"/messages\"")
                .doesNotContain("href=\"/sessions\"").doesNotContain("href=\"/concerns\"");
    }
}
