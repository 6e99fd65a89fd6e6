package waypoint.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The authorisation matrix of concern records, for every role, through the API and the pages: a safeguarding or
 * Prevent record is read by the safeguarding lead role only; unfair treatment and health and safety by quality; anyone
 * else is told the record does not exist (404) or may not list concerns (403), and never sees a word of one.
 */
@WaypointTest
class ConcernAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    SafeguardingImport safeguarding;
    @Autowired
    UserAccounts accounts;

    SafeguardingFixtures fixtures;
    String secret;
    UUID safeguardingConcern;
    UUID preventConcern;
    UUID unfairTreatment;

    @BeforeEach
    void setUp() {
        fixtures = new SafeguardingFixtures(safeguarding, accounts);
        secret = "secret-" + SafeguardingFixtures.unique();
        safeguardingConcern = fixtures.raisedByLola(ConcernKind.SAFEGUARDING, secret);
        preventConcern = fixtures.raisedByLola(ConcernKind.PREVENT, secret);
        unfairTreatment = fixtures.raisedByLola(ConcernKind.UNFAIR_TREATMENT, secret);
    }

    Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void only_the_safeguarding_lead_reads_a_safeguarding_or_prevent_concern_through_the_api(DemoAccounts account) {
        Api api = api(account);
        boolean lead = account == DemoAccounts.SAFEGUARDING;
        for (UUID concern : new UUID[] {safeguardingConcern, preventConcern}) {
            Api.Response response = api.get("/api/v1/concerns/" + concern);
            assertThat(response.status()).as(account + " reading " + concern).isEqualTo(lead ? 200 : 404);
            assertThat(response.body().contains(secret)).as(account + " sees the narrative").isEqualTo(lead);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void only_quality_reads_an_unfair_treatment_report_through_the_api(DemoAccounts account) {
        Api.Response response = api(account).get("/api/v1/concerns/" + unfairTreatment);
        boolean quality = account == DemoAccounts.QUALITY;
        assertThat(response.status()).as(account.name()).isEqualTo(quality ? 200 : 404);
        assertThat(response.body().contains(secret)).isEqualTo(quality);
    }

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void only_the_roles_that_handle_concerns_list_them_and_each_sees_only_its_own_kinds(DemoAccounts account) {
        Api.Response list = api(account).get("/api/v1/concerns");
        Set<DemoAccounts> handlers = EnumSet.of(DemoAccounts.SAFEGUARDING, DemoAccounts.QUALITY);
        assertThat(list.status()).as(account.name()).isEqualTo(handlers.contains(account) ? 200 : 403);
        assertThat(list.body()).doesNotContain(secret);
        if (account == DemoAccounts.QUALITY) {
            assertThat(list.body()).contains(unfairTreatment.toString()).doesNotContain(safeguardingConcern.toString())
                    .doesNotContain(preventConcern.toString());
        }
        if (account == DemoAccounts.SAFEGUARDING) {
            assertThat(list.body()).contains(safeguardingConcern.toString()).contains(preventConcern.toString())
                    .doesNotContain(unfairTreatment.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void only_the_safeguarding_lead_opens_a_safeguarding_concern_page(DemoAccounts account) {
        PageClient pages = PageClient.signedInAs(port, account);
        boolean lead = account == DemoAccounts.SAFEGUARDING;
        PageClient.Page page = pages.get("/concerns/" + safeguardingConcern);
        assertThat(page.status()).as(account.name()).isEqualTo(lead ? 200 : 404);
        assertThat(page.body().contains(secret)).isEqualTo(lead);
        PageClient.Page list = pages.get("/concerns");
        boolean handler = account == DemoAccounts.SAFEGUARDING || account == DemoAccounts.QUALITY;
        assertThat(list.status()).as(account + " listing").isEqualTo(handler ? 200 : 403);
    }

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void anyone_signed_in_may_report_a_concern_and_is_told_what_happens_next_but_not_given_the_record(DemoAccounts account) {
        Api.Response raised = api(account).post("/api/v1/concerns",
                "{\"kind\":\"WELLBEING\",\"whatHappened\":\"Worried " + secret + "\"}");
        if (account.isExternal()) {
            // people outside the provider change nothing in Waypoint (docs/domain/external-access.md)
            assertThat(raised.status()).isEqualTo(403);
            return;
        }
        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.json().get("whatHappensNext").asString()).contains("safeguarding officer");
        assertThat(raised.body()).doesNotContain(secret).doesNotContain("\"id\"");
    }

    @Test
    void nobody_but_the_safeguarding_lead_may_triage_refer_or_close_a_safeguarding_concern() {
        for (DemoAccounts account : DemoAccounts.values()) {
            if (account == DemoAccounts.SAFEGUARDING) {
                continue;
            }
            Api api = api(account);
            if (account.isExternal()) {
                assertThat(api.post("/api/v1/concerns/" + safeguardingConcern + "/triage", "{\"riskLevel\":\"LOW\"}")
                        .status()).as(account.name()).isEqualTo(403);
                continue;
            }
            assertThat(api.post("/api/v1/concerns/" + safeguardingConcern + "/triage", "{\"riskLevel\":\"LOW\"}")
                    .status()).as(account.name()).isEqualTo(404);
            assertThat(api.post("/api/v1/concerns/" + safeguardingConcern + "/actions",
                    "{\"kind\":\"NOTE\",\"details\":\"x\"}").status()).isEqualTo(404);
            assertThat(api.post("/api/v1/concerns/" + safeguardingConcern + "/close", "{\"outcome\":\"x\"}").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void a_director_who_also_holds_the_safeguarding_role_reads_safeguarding_concerns() {
        String email = "director-dsl-" + SafeguardingFixtures.unique() + "@example.test";
        accounts.createWithPassword(email, "Dual Role", Set.of(Role.DIRECTOR, Role.SAFEGUARDING_LEAD),
                DemoAccounts.PASSWORD);
        Api.Response response = Api.at(port).signedInAs(email, DemoAccounts.PASSWORD)
                .get("/api/v1/concerns/" + safeguardingConcern);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("whatHappened").asString()).isEqualTo("Disclosure " + secret);
    }

    @Test
    void a_page_form_posted_by_someone_else_changes_nothing_and_shows_nothing() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        admin.get("/concerns/new");
        PageClient.Page page = admin.post("/concerns/" + safeguardingConcern + "/triage",
                Map.of("riskLevel", "LOW", "version", "0"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(secret);
        Api.Response asLead = api(DemoAccounts.SAFEGUARDING).get("/api/v1/concerns/" + safeguardingConcern);
        assertThat(asLead.json().get("status").asString()).isEqualTo("OPEN");
    }
}
