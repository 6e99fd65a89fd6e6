package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The transfer pages (docs/domain/transfer-pack.md): an administrator brings a pack in after reading what it would
 * bring; a pack is made only with the learner's agreement; other staff are refused.
 */
@WaypointTest
class TransferPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TransferPackExport export;
    @Autowired
    JdbcClient jdbc;

    private byte[] lolasPackAsAnotherLearner(String suffix) throws Exception {
        UUID lola = jdbc.sql("SELECT id FROM organisation.learner WHERE email = :e")
                .param("e", DemoAccounts.LEARNER.email()).query(UUID.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(new CurrentUser(UUID.randomUUID(), DemoAccounts.ADMIN.email(), "Alex Admin",
                Set.of(Role.ADMINISTRATOR)), lola, new TransferPackExport.Agreement(LocalDate.of(2026, 11, 30),
                TransferPackExport.AgreementHow.BY_EMAIL, null, "Northfield Training")).accept(out);
        return TransferPackRoundTripTest.asAnotherLearner(out.toByteArray(), suffix);
    }

    private static String hidden(String body, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as("hidden " + name).isTrue();
        return m.group(1);
    }

    @Test
    void an_administrator_reads_what_a_pack_brings_then_brings_it_in() throws Exception {
        String suffix = TestApprenticeships.unique();
        String tutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.TUTOR.email()).query(String.class).single();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);

        PageClient.Page check = admin.postFile("/data-protection/transfers/import", "/data-protection/transfers/import",
                "file", "pack.zip", lolasPackAsAnotherLearner(suffix), Map.of("tutor", tutor));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.text()).contains("Check the transfer pack", "Moved " + suffix, "Bring the record in")
                .doesNotContain("cannot be brought in");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner WHERE family_name = :f")
                .param("f", "Moved " + suffix).query(Long.class).single()).isZero();

        PageClient.Page done = admin.post("/data-protection/transfers/import/confirm", check,
                Map.of("token", hidden(check.body(), "token"), "tutor", hidden(check.body(), "tutor")));
        assertThat(done.status()).isEqualTo(302);
        PageClient.Page record = admin.follow(done);
        assertThat(record.text()).contains("The record was brought in", "Moved " + suffix, "Progress review");
        assertThat(admin.get("/data-protection/transfers").text()).contains("Moved " + suffix);
    }

    @Test
    void a_pack_that_cannot_come_in_is_shown_with_its_problems_and_nothing_is_kept() {
        String tutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.TUTOR.email()).query(String.class).single();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page check = admin.postFile("/data-protection/transfers/import", "/data-protection/transfers/import",
                "file", "notes.zip", "not a zip".getBytes(), Map.of("tutor", tutor));
        assertThat(check.text()).contains("This pack cannot be brought in: nothing was kept", "not a transfer pack")
                .doesNotContain("Bring the record in");
    }

    @Test
    void a_price_in_fractions_of_a_penny_is_shown_as_the_pack_s_problem() throws Exception {
        String tutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.TUTOR.email()).query(String.class).single();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        byte[] pack = TransferPackRoundTripTest.withTrainingPrice(lolasPackAsAnotherLearner(TestApprenticeships.unique()),
                "100.555");

        PageClient.Page check = admin.postFile("/data-protection/transfers/import", "/data-protection/transfers/import",
                "file", "pack.zip", pack, Map.of("tutor", tutor));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.text()).contains("This pack cannot be brought in: nothing was kept", "pounds and whole pence")
                .doesNotContain("Bring the record in");
    }

    @Test
    void a_pack_is_made_only_with_the_learner_s_agreement() {
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        PageClient.Page refused = officer.postForm("/data-protection/transfers/new", "/data-protection/transfers/new",
                Map.of("learnerEmail", DemoAccounts.LEARNER.email()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", "Enter the training provider the learner is moving to",
                "Enter the date the learner agreed", "Select how the learner gave their agreement");

        PageClient.Page made = officer.postForm("/data-protection/transfers/new", "/data-protection/transfers/new",
                Map.of("learnerEmail", DemoAccounts.LEARNER.email(), "recipient", "Northfield Training",
                        "agreementGivenOn", "1 12 2026", "agreementHow", "IN_PERSON"));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.header("Content-Type")).isEqualTo("application/zip");
        assertThat(officer.get("/data-protection/transfers").text()).contains("Northfield Training",
                "In person, recorded by staff");
    }

    @Test
    void other_staff_are_refused_the_transfer_pages() {
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get("/data-protection/transfers").status()).isEqualTo(403);
        assertThat(tutor.get("/data-protection/transfers/new").status()).isEqualTo(403);
        assertThat(tutor.get("/data-protection/export").status()).isEqualTo(403);
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        assertThat(officer.get("/data-protection/transfers/import").status()).isEqualTo(403);
    }
}
