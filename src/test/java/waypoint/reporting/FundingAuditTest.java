package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobImport;
import waypoint.reporting.internal.evidence.EvidenceSample;
import waypoint.reporting.internal.evidence.EvidenceSamples;
import waypoint.reporting.internal.evidence.SampleChoice;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Funding audit across apprenticeships (docs/domain/audit-and-inspection.md): the known risks list and its CSV name
 * an apprentice withdrawn long after their last learning; a sample has the size asked, the same seed chooses the
 * same sample, by risk puts the flagged first, and its ZIP (made in the background) holds each pack and the index;
 * tutors and apprentices are refused.
 */
@WaypointTest
class FundingAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    EvidenceSamples samples;
    @Autowired
    OffTheJobImport offTheJob;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    String withdrawnName;

    CurrentUser quality() {
        var account = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    @BeforeEach
    void anApprenticeWithdrawnTwoMonthsAfterTheirStartWithNothingRecorded() {
        people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusDays(120);
        UUID withdrawn = people.inLearning(enrolment, "ST0116", start);
        withdrawnName = accounts.findByEmail(people.lastLearnerEmail).orElseThrow().displayName();
        enrolment.withdraw(new ApprenticeshipId(withdrawn), start.plusDays(60), WithdrawalReason.values()[0],
                "Left the employer");
    }

    @Test
    void the_risk_list_names_the_late_withdrawal_and_its_csv_says_why() {
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        workedOutNow(quality);
        String flagged = everyPage(quality, "/funding-audit/risks?risk=LATE_WITHDRAWAL");
        assertThat(flagged).contains(withdrawnName).contains("60 days after the start");
        PageClient.Page csv = quality.get("/funding-audit/risks.csv");
        assertThat(csv.body()).contains(withdrawnName).contains("no replan or break in between");
    }

    @Test
    void a_late_withdrawal_counts_from_the_last_learning_before_it_leaving_out_a_rejected_entry_and_any_after() {
        LocalDate start = LocalDate.now(clock).minusDays(120);
        UUID apprenticeship = people.inLearning(enrolment, "ST0116", start);
        String name = accounts.findByEmail(people.lastLearnerEmail).orElseThrow().displayName();
        offTheJob.log(new ApprenticeshipId(apprenticeship), "risk-a-" + apprenticeship, start.plusDays(10), 120, "THEORY",
                "Surveying theory workshop", List.of()).orElseThrow();
        UUID rejected = offTheJob.log(new ApprenticeshipId(apprenticeship), "risk-b-" + apprenticeship, start.plusDays(30), 120, "THEORY",
                "Surveying theory workshop", List.of()).orElseThrow();
        offTheJob.reject(rejected, "NOT_ENOUGH_DETAIL", "Say what was learned");
        offTheJob.log(new ApprenticeshipId(apprenticeship), "risk-c-" + apprenticeship, start.plusDays(110), 120, "THEORY",
                "Surveying theory workshop", List.of()).orElseThrow();
        enrolment.withdraw(new ApprenticeshipId(apprenticeship), start.plusDays(70), WithdrawalReason.values()[0],
                "Left the employer");

        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        workedOutNow(quality);
        assertThat(everyPage(quality, "/funding-audit/risks?risk=LATE_WITHDRAWAL")).contains(name)
                .contains("60 days after the last active learning on " + GovUkDates.date(start.plusDays(10)));
    }

    /**
     * "Work out the risks again now" once none is under way (the first start's): the kept list is worked out from the
     * records as they are, in the background, and the page shows it when it is done.
     */
    private static void workedOutNow(PageClient reader) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                reader.get("/funding-audit/risks").text()).doesNotContain("being worked out again"));
        PageClient.Page list = reader.get("/funding-audit/risks");
        assertThat(reader.post("/funding-audit/risks", list, Map.of()).status()).isEqualTo(302);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                reader.get("/funding-audit/risks").text()).contains("Risks as at")
                .doesNotContain("being worked out again"));
    }

    /** The text of every page of a list of the apprentices flagged, first to last. */
    private static String everyPage(PageClient reader, String list) {
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            PageClient.Page shown = reader.get(list + "&page=" + page);
            assertThat(shown.status()).isEqualTo(200);
            text.append(shown.text()).append('\n');
            if (!shown.body().contains("rel=\"next\"")) {
                break;
            }
        }
        return text.toString();
    }

    @Test
    void a_sample_has_the_size_asked_and_the_same_seed_chooses_the_same_apprentices() {
        EvidenceSample first = samples.request(quality(), new EvidenceSamples.Request(3, SampleChoice.Method.RANDOM,
                4242L, null, null));
        EvidenceSample again = samples.request(quality(), new EvidenceSamples.Request(3, SampleChoice.Method.RANDOM,
                4242L, null, null));
        EvidenceSample other = samples.request(quality(), new EvidenceSamples.Request(3, SampleChoice.Method.RANDOM,
                4243L, null, null));

        assertThat(first.chosen()).isEqualTo(3);
        assertThat(first.seed()).isEqualTo(4242L);
        assertThat(ids(first)).hasSize(3).isEqualTo(ids(again)).isNotEqualTo(ids(other));
    }

    @Test
    void by_risk_the_most_flagged_come_first() {
        EvidenceSample sample = samples.request(quality(), new EvidenceSamples.Request(2, SampleChoice.Method.RISK,
                null, null, null));
        var members = samples.members(quality(), sample.id());
        assertThat(members).hasSize(2);
        assertThat(members.get(0).why()).doesNotStartWith("No risk flagged");
        assertThat(sample.seed()).isPositive();
    }

    @Test
    void a_sample_with_nobody_to_choose_is_refused_with_a_message() {
        assertThatThrownBy(() -> samples.request(quality(), new EvidenceSamples.Request(30,
                SampleChoice.Method.RANDOM, null, 2016, null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("No apprenticeships match");
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        quality.get("/funding-audit");
        PageClient.Page page = quality.post("/funding-audit/samples", Map.of("size", "lots", "method", "RANDOM"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("Enter how many apprentices to sample");
    }

    @Test
    void the_sample_is_made_in_the_background_and_its_zip_holds_each_pack_and_the_index() throws Exception {
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        quality.get("/funding-audit");
        PageClient.Page made = quality.post("/funding-audit/samples", Map.of("size", "2", "method", "RANDOM",
                "seed", "77", "year", "", "standard", ""));
        assertThat(made.status()).isEqualTo(302);
        UUID id = UUID.fromString(made.location().substring(made.location().lastIndexOf('/') + 1));

        EvidenceSample sample = await().atMost(Duration.ofSeconds(90)).until(() -> samples.find(quality(), id),
                drawn -> !drawn.isUnderway());
        assertThat(sample.state()).as(String.valueOf(sample.failure())).isEqualTo(EvidenceSample.State.READY);
        assertThat(sample.packed()).isEqualTo(2);
        assertThat(quality.get("/funding-audit/samples/" + id).text()).contains("Seed 77").contains("Ready")
                .contains("Download the sample");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        samples.download(quality(), id, s -> zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names.get(0)).isEqualTo("sample-index.csv");
        assertThat(names).anyMatch(n -> n.startsWith("001-") && n.endsWith("/index.pdf"))
                .anyMatch(n -> n.startsWith("002-") && n.endsWith("/index.pdf"));
    }

    @Test
    void tutors_and_apprentices_are_refused() throws IOException {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/funding-audit").status()).isEqualTo(403);
        assertThat(tutor.get("/funding-audit/risks").status()).isEqualTo(403);
        assertThat(tutor.post("/funding-audit/samples", Map.of("size", "2", "method", "RANDOM")).status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/funding-audit/risks.csv").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.EMPLOYER).get("/funding-audit").status()).isEqualTo(403);
    }

    private List<ApprenticeshipId> ids(EvidenceSample sample) {
        return samples.members(quality(), sample.id()).stream().map(EvidenceSamples.Member::apprenticeshipId).toList();
    }
}
