package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
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
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.external.ExternalScopes;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * People outside the provider (docs/domain/external-access.md): an administrator gives them read-only access to some
 * apprenticeships until an end date; they see exactly those, change nothing, never see safeguarding or health and
 * equality records, are shut out after the end date or once the grant is ended, and every read is audited.
 */
@WaypointTest
class ExternalAccessTest {

    @Autowired
    TestClock clock;

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
    ExternalScopes scopes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExternalAccess external;
    @Autowired
    AuditTrail audit;
    @Autowired
    waypoint.organisation.Learners learners;
    @Autowired
    waypoint.delivery.DeliveryImport delivery;

    TestApprenticeships people;
    UUID inScope;
    UUID outOfScope;
    LearnerId learnerInScope;
    CurrentUser admin;
    LocalDate today;

    @BeforeEach
    void twoApprenticesOneOfThemGranted() {
        people = new TestApprenticeships(organisation, accounts);
        inScope = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        outOfScope = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        learnerInScope = apprenticeships.find(new ApprenticeshipId(inScope)).orElseThrow().learnerId();
        AccountSummary a = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        admin = new CurrentUser(a.id(), a.email(), a.displayName(), a.roles());
        today = LocalDate.now(clock);
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

    private ExternalGrant grantedTo(String email, ExternalKind kind, Set<UUID> apprenticeships, LocalDate grantedOn,
            LocalDate from, LocalDate to) {
        return external.recordForTheDemo(admin, new NewExternalGrant("Avery Auditor", email, "ESFA", kind,
                ExternalGrant.Scope.apprenticeships(apprenticeships.size() + " named apprentices", apprenticeships),
                from, to), grantedOn, PASSWORD);
    }

    @Test
    void one_account_holds_several_grants_and_sees_what_those_in_force_cover_together_never_an_ended_or_future_one() {
        UUID another = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        UUID onlyEnded = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        String email = TestApprenticeships.unique() + "-returning@example.test";
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(onlyEnded), today.minusYears(1), today.minusYears(1),
                today.minusYears(1).plusDays(14));
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(inScope), today, today, today.plusDays(10));
        grantedTo(email, ExternalKind.EXTERNAL_QUALITY_ASSURER, Set.of(another), today, today, today.plusDays(3));
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(outOfScope), today, today.plusDays(5), today.plusDays(9));
        UUID account = accounts.findByEmail(email).orElseThrow().id();
        assertThat(external.grantsOf(account)).hasSize(4);
        assertThat(external.openGrantsOf(account)).hasSize(2);

        PageClient pages = PageClient.signedInAs(port, email, PASSWORD);
        assertThat(pages.get("/apprenticeships/" + inScope).status()).isEqualTo(200);
        assertThat(pages.get("/apprenticeships/" + another).status()).isEqualTo(200);
        assertThat(pages.get("/apprenticeships/" + outOfScope).status()).as("not started yet").isIn(403, 404);
        assertThat(pages.get("/apprenticeships/" + onlyEnded).status()).as("ended last year").isIn(403, 404);
        assertThat(pages.get("/apprenticeships").body()).contains(inScope.toString()).contains(another.toString())
                .doesNotContain(outOfScope.toString()).doesNotContain(onlyEnded.toString());
        assertThat(pages.get("/").text()).contains("Ofsted inspector").contains("External quality assurer");

        Api.Response listed = Api.at(port).signedInAs(email, PASSWORD).get("/api/v1/apprenticeships");
        assertThat(listed.body()).contains(inScope.toString()).contains(another.toString())
                .doesNotContain(outOfScope.toString());
    }

    @Test
    void with_no_grant_in_force_they_are_shut_out_and_told_when_their_next_grant_begins() {
        String email = TestApprenticeships.unique() + "-between@example.test";
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(inScope), today.minusDays(30), today.minusDays(30),
                today.minusDays(2));
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(inScope), today, today.plusDays(7), today.plusDays(9));

        Api.Response refused = Api.at(port).signedInAs(email, PASSWORD).get("/api/v1/apprenticeships/" + inScope);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Your access begins on");
        PageClient pages = PageClient.at(port);
        pages.signIn(email, PASSWORD);
        assertThat(pages.get("/").location()).contains("/access-ended?begins=" + today.plusDays(7));
    }

    @Test
    void a_funding_auditor_opens_the_packs_of_their_auditor_grant_not_those_another_kind_of_grant_of_theirs_covers() {
        UUID another = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        String email = TestApprenticeships.unique() + "-two-hats@example.test";
        grantedTo(email, ExternalKind.FUNDING_AUDITOR, Set.of(inScope), today, today, today.plusDays(10));
        grantedTo(email, ExternalKind.INSPECTOR, Set.of(another), today, today, today.plusDays(10));
        PageClient pages = PageClient.signedInAs(port, email, PASSWORD);
        assertThat(pages.get("/apprenticeships/" + another).status()).isEqualTo(200);
        assertThat(pages.get("/apprenticeships/" + inScope + "/evidence-pack").status()).isEqualTo(200);
        assertThat(pages.get("/apprenticeships/" + another + "/evidence-pack").status()).isIn(403, 404);
    }

    @Test
    void giving_access_to_someone_with_an_external_account_adds_the_grant_without_a_second_invitation() {
        String email = TestApprenticeships.unique() + "-again@example.test";
        ExternalGrant first = grantedTo(email, ExternalKind.INSPECTOR, Set.of(outOfScope), today.minusYears(1),
                today.minusYears(1), today.minusYears(1).plusDays(14));
        String uln = learners.find(learnerInScope).orElseThrow().uln();

        PageClient administrator = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = administrator.get("/admin/external-access/new");
        PageClient.Page given = administrator.post("/admin/external-access", form, Map.of("personName",
                "Avery Auditor", "email", email.toUpperCase(java.util.Locale.ROOT), "organisation", "Ofsted", "kind",
                "INSPECTOR", "scopeKind", "APPRENTICESHIPS", "ulns", uln, "startsOn", today.toString(), "endsOn",
                today.plusDays(5).toString()));
        assertThat(given.status()).isEqualTo(302);
        PageClient.Page page = administrator.get(given.location());
        assertThat(page.text()).contains("Access added to the account they already have")
                .contains("no invitation was sent").contains("Every grant they hold")
                .contains("The apprentice with ULN " + uln).contains("Ended");
        assertThat(external.grantsOf(first.accountId())).hasSize(2);

        Api api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response third = api.post("/api/v1/external-access", """
                {"personName": "Avery Auditor", "email": "%s", "organisation": "ESFA", "kind": "FUNDING_AUDITOR",
                 "scopeKind": "APPRENTICESHIPS", "ulns": ["%s"], "startsOn": "%s", "endsOn": "%s"}
                """.formatted(email, uln, today, today.plusDays(5)));
        assertThat(third.status()).isEqualTo(201);
        assertThat(third.json().get("addedToExistingAccount").asBoolean()).isTrue();
        assertThat(third.json().get("invitationSent").asBoolean()).isFalse();
        assertThat(third.json().get("accountId").asString()).isEqualTo(first.accountId().toString());
        assertThat(external.grantsOf(first.accountId())).hasSize(3);
    }

    @Test
    void an_email_address_of_a_staff_apprentice_or_employer_account_is_refused_with_a_field_error() {
        String uln = learners.find(learnerInScope).orElseThrow().uln();
        PageClient administrator = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = administrator.get("/admin/external-access/new");
        PageClient.Page refused = administrator.post("/admin/external-access", form, Map.of("personName",
                "Taylor Tutor", "email", DemoAccounts.TUTOR.email(), "organisation", "Ofsted", "kind", "INSPECTOR",
                "scopeKind", "APPRENTICESHIPS", "ulns", uln, "startsOn", today.toString(), "endsOn",
                today.plusDays(5).toString()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem")
                .contains("This email address belongs to a member of staff's account");

        Api api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        for (DemoAccounts who : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            Api.Response answer = api.post("/api/v1/external-access", """
                    {"personName": "Someone", "email": "%s", "organisation": "ESFA", "kind": "INSPECTOR",
                     "scopeKind": "APPRENTICESHIPS", "ulns": ["%s"], "startsOn": "%s", "endsOn": "%s"}
                    """.formatted(who.email(), uln, today, today.plusDays(5)));
            assertThat(answer.status()).as(who.name()).isEqualTo(400);
            assertThat(answer.body()).as(who.name()).contains("email").contains(who == DemoAccounts.LEARNER
                    ? "belongs to an apprentice's account" : "belongs to an employer contact's account");
        }
        assertThat(accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow().roles())
                .doesNotContain(waypoint.identity.Role.EXTERNAL);
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

    private UUID sessionFor(UUID apprenticeship, String topic) {
        UUID tutor = accounts.findByEmail(people.tutorEmail).orElseThrow().id();
        java.time.Instant at = today.plusDays(3).atTime(10, 0).atZone(LONDON).toInstant();
        return delivery.schedule(java.util.List.of(new ApprenticeshipId(apprenticeship)), at, 60, "At the employer's office", null, topic,
                java.util.List.of(), tutor, "The tutor", clock.instant());
    }

    @Test
    void they_open_the_sessions_of_an_apprenticeship_in_scope_and_each_of_its_sessions_read_only_never_another() {
        UUID session = sessionFor(inScope, "Surveying practice in scope");
        UUID other = sessionFor(outOfScope, "Surveying practice out of scope");
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);

        PageClient.Page list = pages.get("/apprenticeships/" + inScope + "/sessions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Surveying practice in scope");
        PageClient.Page one = pages.get("/sessions/" + session);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text()).contains("Surveying practice in scope");
        assertThat(one.body()).doesNotContain("/sessions/" + session + "/cancel")
                .doesNotContain("/sessions/" + session + "/move");

        assertThat(pages.get("/apprenticeships/" + outOfScope + "/sessions").status()).isIn(403, 404);
        assertThat(pages.get("/sessions/" + other).status()).isIn(403, 404);
        assertThat(pages.post("/sessions/" + session + "/cancel", one, Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void of_the_pages_an_apprenticeship_links_to_they_open_its_records_and_never_messages_or_the_learners_own() {
        ExternalGrant grant = openGrant(ExternalKind.INSPECTOR);
        PageClient pages = PageClient.signedInAs(port, grant.email(), PASSWORD);
        String record = "/apprenticeships/" + inScope;
        PageClient.Page page = pages.get(record);
        for (String part : new String[] {"training-plan", "onboarding", "off-the-job", "portfolio", "sessions",
                "reviews", "gateway"}) {
            assertThat(pages.get(record + "/" + part).status()).as(part).isEqualTo(200);
            if (!part.equals("onboarding")) {
                // the onboarding record is linked from the page while the apprenticeship is onboarding only
                assertThat(page.body()).as(part).contains(record + "/" + part);
            }
        }
        Api api = Api.at(port).signedInAs(grant.email(), PASSWORD);
        assertThat(api.get("/api/v1" + record + "/support-cases").status()).as("support stages").isEqualTo(200);

        // by design: messages between the apprentice, employer and staff, the provider's money, and the
        // learner's own record (with their health declarations and equality answers) are never theirs
        assertThat(page.body()).doesNotContain(record + "/messages").doesNotContain(record + "/funding")
                .doesNotContain("/learners/" + learnerInScope);
        assertThat(pages.get(record + "/messages").status()).isIn(403, 404);
        assertThat(pages.get(record + "/funding").status()).isIn(403, 404);
        assertThat(pages.get("/learners/" + learnerInScope).status()).isIn(403, 404);
        assertThat(pages.get("/learners/" + learnerInScope + "/declarations").status()).isIn(403, 404);
    }

    @Test
    void a_grant_on_a_standard_covers_each_apprenticeship_on_it_new_ones_too_and_an_assessors_only_from_gateway_on() {
        String standard = waypoint.support.TestStandardReferences.next();
        Api.Response imported = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), TestApprenticeships.PASSWORD)
                .post("/api/v1/standards/import", """
                        {"referenceNumber": "%s", "title": "Standard grant test", "level": 3, "version": "1.0",
                         "typicalDuration": 12, "maxFunding": 9000, "status": "Approved for delivery",
                         "minimumHoursForCompliance": 300}""".formatted(standard));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        UUID learning = people.inLearning(enrolment, standard, LocalDate.of(2025, 9, 1));
        UUID atGateway = people.inLearning(enrolment, standard, LocalDate.of(2025, 9, 1));
        enrolment.gateway(new ApprenticeshipId(atGateway), today.minusDays(1));
        ExternalGrant inspector = external.recordForTheDemo(admin, new NewExternalGrant("Ira Inspector",
                TestApprenticeships.unique() + "-inspector@example.test", "Ofsted", ExternalKind.INSPECTOR,
                ExternalGrant.Scope.standard("Every apprentice on " + standard, standard), today, today.plusDays(10)),
                today, PASSWORD);
        ExternalGrant assessor = external.recordForTheDemo(admin, new NewExternalGrant("Asa Assessor",
                TestApprenticeships.unique() + "-assessor@example.test", "Summit", ExternalKind.ASSESSOR,
                ExternalGrant.Scope.standard("Every apprentice on " + standard, standard), today, today.plusDays(10)),
                today, PASSWORD);
        // recorded after the grants were given: a standard's grant covers its new apprenticeships too
        UUID later = people.inLearning(enrolment, standard, LocalDate.of(2025, 10, 1));

        PageClient pages = PageClient.signedInAs(port, inspector.email(), PASSWORD);
        for (UUID covered : List.of(learning, atGateway, later)) {
            assertThat(pages.get("/apprenticeships/" + covered).status()).isEqualTo(200);
        }
        assertThat(pages.get("/apprenticeships/" + inScope).status()).as("on ST0116").isIn(403, 404);
        assertThat(pages.get("/apprenticeships").body()).contains(learning.toString(), atGateway.toString(),
                later.toString()).doesNotContain(inScope.toString()).doesNotContain(outOfScope.toString());
        assertThat(Api.at(port).signedInAs(inspector.email(), PASSWORD).get("/api/v1/apprenticeships").body())
                .contains(learning.toString(), atGateway.toString(), later.toString())
                .doesNotContain(inScope.toString());

        PageClient assessorPages = PageClient.signedInAs(port, assessor.email(), PASSWORD);
        assertThat(assessorPages.get("/apprenticeships/" + atGateway).status()).isEqualTo(200);
        assertThat(assessorPages.get("/apprenticeships/" + learning).status()).isIn(403, 404);
        assertThat(assessorPages.get("/apprenticeships").body()).contains(atGateway.toString())
                .doesNotContain(learning.toString()).doesNotContain(later.toString());
        assertThat(Api.at(port).signedInAs(assessor.email(), PASSWORD).get("/api/v1/apprenticeships").body())
                .contains(atGateway.toString()).doesNotContain(learning.toString());
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
        assertThat(apprenticeships.find(new ApprenticeshipId(inScope)).orElseThrow().status().name())
                .isEqualTo("IN_LEARNING");
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
        assertThat(external.grantsOf(grant.accountId())).extracting(ExternalGrant::state)
                .containsExactly(ExternalGrant.State.ENDED);
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
    void the_standards_offered_for_a_grant_are_each_standard_with_apprentices_once_in_order() {
        List<String> withApprentices = jdbc.sql(
                "SELECT DISTINCT standard_reference FROM enrolment.apprenticeship ORDER BY 1").query(String.class).list();

        assertThat(withApprentices).hasSizeGreaterThan(1);
        assertThat(scopes.standards()).extracting(ExternalScopes.Option::value)
                .containsExactlyElementsOf(withApprentices);
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
