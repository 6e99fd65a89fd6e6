package waypoint.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;
import waypoint.safeguarding.internal.DbsExpiryAlerts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;
import waypoint.organisation.StaffMemberId;

/** Staff safeguarding records and their DBS alerts; the safeguarding settings. */
@WaypointTest
class StaffSafeguardingTest {

    @LocalServerPort
    int port;
    @Autowired
    SafeguardingImport safeguarding;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    DbsExpiryAlerts alerts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_staff_member_and_the_safeguarding_lead_are_told_once_before_a_dbs_check_expires() {
        String email = "dbs-" + SafeguardingFixtures.unique() + "@example.test";
        StaffMemberId staff = organisation.staff(new StaffDetails("Dee Bee", email, null, Set.of(Role.TUTOR)));
        LocalDate today = LocalDate.now(clock);
        var admin = new SafeguardingFixtures(safeguarding, accounts).as(DemoAccounts.ADMIN);
        safeguarding.staffRecord(admin, staff, today.minusMonths(1), today.minusYears(3), today.plusDays(10));

        // as the scheduled job runs it (ShedLock, its own transaction), on two mornings
        alerts.run();
        alerts.run();

        UUID holder = accounts.findByEmail(email).orElseThrow().id();
        UUID lead = accounts.findByEmail(DemoAccounts.SAFEGUARDING.email()).orElseThrow().id();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(notifications(holder, "Your DBS check expires on%")).isOne();
            assertThat(notifications(lead, "Dee Bee's DBS check expires on%")).isOne();
        });
    }

    long notifications(UUID recipient, String title) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :id AND title LIKE :title")
                .param("id", recipient).param("title", title).query(Long.class).single();
    }

    @Test
    void a_dbs_expiry_before_its_check_is_a_field_error_and_what_was_typed_is_kept() {
        PageClient lead = PageClient.signedInAs(port, DemoAccounts.SAFEGUARDING);
        StaffMemberId staff = organisation.findStaff(DemoAccounts.DIRECTOR.email()).orElseThrow();
        PageClient.Page form = lead.get("/safeguarding/staff/" + staff);
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page page = lead.post("/safeguarding/staff/" + staff, form,
                Map.of("trainingOn", "1/2/2026", "dbsCheckedOn", "3/3/2025", "dbsExpiresOn", "1/1/2020",
                        "version", form.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("The DBS expiry must be after the date of the check");
        assertThat(page.body()).contains("value=\"1/1/2020\"");
    }

    @Test
    void staff_records_are_kept_by_administrators_and_the_safeguarding_lead_only() {
        for (DemoAccounts account : DemoAccounts.values()) {
            int status = PageClient.signedInAs(port, account).get("/safeguarding/staff").status();
            boolean keeper = account == DemoAccounts.ADMIN || account == DemoAccounts.SAFEGUARDING;
            assertThat(status).as(account.name()).isEqualTo(keeper ? 200 : 403);
        }
    }

    @Test
    void only_administrators_change_the_safeguarding_settings_and_everyone_reads_the_entitlements() {
        for (DemoAccounts account : DemoAccounts.values()) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/safeguarding/settings").status()).as(account.name())
                    .isEqualTo(account == DemoAccounts.ADMIN ? 200 : 403);
            PageClient.Page entitlements = pages.get("/safeguarding/entitlements");
            assertThat(entitlements.status()).isEqualTo(200);
            assertThat(entitlements.text()).contains("Counter-Terrorism and Security Act 2015")
                    .contains("democracy, the rule of law, individual liberty").contains("Sam Safeguarding");
        }
    }
}
