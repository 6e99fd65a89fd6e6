package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobImport;
import waypoint.portfolio.PortfolioImport;
import waypoint.reporting.internal.evidence.EvidencePacks;
import waypoint.review.ReviewImport;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.SafeguardingImport;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The funding audit evidence pack of one apprentice (docs/domain/audit-and-inspection.md): its index and ZIP hold
 * this apprentice's evidence section by section, name what is missing and what was held back, and nothing of another
 * apprentice or of a safeguarding record; quality and the other leaders open it, tutors, apprentices and employers
 * are refused; every download is on the audit trail.
 */
@WaypointTest
class EvidencePackTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    OnboardingImport onboarding;
    @Autowired
    OffTheJobImport offTheJob;
    @Autowired
    PortfolioImport portfolio;
    @Autowired
    SafeguardingImport safeguarding;
    @Autowired
    EvidencePacks packs;
    @Autowired
    ReviewImport reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerName;
    String otherLearnerName;
    String learnerEmail;

    static byte[] aPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    CurrentUser user(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    CurrentUser quality() {
        return user(DemoAccounts.QUALITY.email());
    }

    @BeforeEach
    void anApprenticeWithAPlanHoursPortfolioAndASafeguardingConcern() throws IOException {
        people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusDays(200);
        apprenticeship = people.inLearning(enrolment, "ST0116", start);
        learnerEmail = people.lastLearnerEmail;
        learnerName = user(learnerEmail).displayName();
        readyForAPlan(apprenticeship, start);
        Map<LocalDate, String> milestones = new LinkedHashMap<>();
        milestones.put(start.plusMonths(6), "Survey practice observed");
        onboarding.trainingPlan(new ApprenticeshipId(apprenticeship), "Monthly sessions by Teams", "Friday", milestones,
                "Everyone plays their part", "None", "Already holds Level 2");
        onboarding.signPlan(new ApprenticeshipId(apprenticeship));
        offTheJob.log(new ApprenticeshipId(apprenticeship), "pack-" + apprenticeship, start.plusDays(7), 180, "THEORY",
                "Surveying theory workshop", List.of()).ifPresent(offTheJob::approve);
        CurrentUser learner = user(learnerEmail);
        portfolio.addFile(learner, new ApprenticeshipId(apprenticeship), "Site survey report", "WORK_PRODUCT",
                start.plusDays(20),
                "site survey.pdf", new ByteArrayInputStream(aPdf()),
                        portfolio.ksbCodes(new ApprenticeshipId(apprenticeship)).subList(0, 1));
        portfolio.addQuarantinedFile(learner, new ApprenticeshipId(apprenticeship), "Infected upload", "WORK_PRODUCT",
                start.plusDays(21),
                "infected.pdf", new ByteArrayInputStream(aPdf()),
                        portfolio.ksbCodes(new ApprenticeshipId(apprenticeship)).subList(0, 1));
        String uln = jdbc.sql("SELECT l.uln FROM organisation.learner l JOIN enrolment.apprenticeship a"
                + " ON a.learner_id = l.id WHERE a.id = :id").param("id", apprenticeship).query(String.class).single();
        safeguarding.raise(user(people.tutorEmail), ConcernKind.SAFEGUARDING, uln,
                "Confidential disclosure about home life");

        UUID other = people.inLearning(enrolment, "ST0116", start);
        otherLearnerName = user(people.lastLearnerEmail).displayName();
        portfolio.addFile(user(people.lastLearnerEmail), new ApprenticeshipId(other), "Another apprentice's work",
                "WORK_PRODUCT",
                start.plusDays(20), "other.pdf", new ByteArrayInputStream(aPdf()),
                        portfolio.ksbCodes(new ApprenticeshipId(other)).subList(0, 1));
    }

    /** The initial assessment, English and maths, skills scan and prior learning a training plan waits for. */
    void readyForAPlan(UUID id, LocalDate start) {
        onboarding.englishAndMathsResults(new ApprenticeshipId(id), "Level 2", "Level 2", start.minusDays(14));
        onboarding.answer(new ApprenticeshipId(id), "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019)"),
                "employerDecision", List.of("REMOVE")), true);
        onboarding.skillsScan(new ApprenticeshipId(id), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(id), BigDecimal.ZERO, "None claimed");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(opened).replaceAll("\\s+", " ");
        }
    }

    private Map<String, byte[]> zip(CurrentUser user) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packs.writeZip(user, new ApprenticeshipId(apprenticeship), out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void the_pack_holds_this_apprentices_evidence_and_names_what_is_missing_and_held_back() throws IOException {
        Map<String, byte[]> entries = zip(quality());

        assertThat(entries.keySet()).first().isEqualTo("index.pdf");
        assertThat(entries.keySet()).contains("02-training-plan/training-plan-version-1.pdf",
                "04-off-the-job/off-the-job-ledger.csv", "06-breaks-and-withdrawal/status-timeline.csv");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("08-portfolio/") && name.endsWith("site-survey.pdf"));
        assertThat(entries.keySet()).noneMatch(name -> name.contains("infected") || name.contains("other"));
        assertThat(text(entries.get("02-training-plan/training-plan-version-1.pdf"))).contains(learnerName);
        assertThat(new String(entries.get("04-off-the-job/off-the-job-ledger.csv"), StandardCharsets.UTF_8))
                .contains("Surveying theory workshop");

        String index = text(entries.get("index.pdf"));
        assertThat(index).contains("Funding audit evidence").contains(learnerName)
                .contains("Version 1").contains("signed by all three parties")
                .contains("Warning: Eligibility check not completed")
                .contains("Held back: Infected upload")
                .contains("Site survey report")
                .contains("Known funding risks")
                .doesNotContain(otherLearnerName).doesNotContain("Another apprentice's work")
                .doesNotContain("Confidential disclosure").doesNotContain("home life");
        for (byte[] content : entries.values()) {
            assertThat(new String(content, StandardCharsets.ISO_8859_1)).doesNotContain("Confidential disclosure");
        }
    }

    @Test
    void each_signed_progress_review_is_in_the_pack_as_its_pdf_listed_with_the_day_held_and_who_signed()
            throws IOException {
        LocalDate heldOn = LocalDate.now(clock).minusDays(120);
        reviews.hold(new ApprenticeshipId(apprenticeship), heldOn, true);
        String day = GovUkDates.date(heldOn);

        Map<String, byte[]> entries = zip(quality());

        String file = "05-progress-reviews/progress-review-1-version-1.pdf";
        assertThat(entries.keySet()).contains(file);
        assertThat(text(entries.get(file))).contains(learnerName).contains(day);
        assertThat(text(entries.get("index.pdf"))).contains("Review 1, version 1, held " + day)
                .contains("apprentice " + learnerName).contains("tutor ").contains("employer ")
                .contains(file);
    }

    @Test
    void a_plan_nobody_signed_is_a_warning() {
        UUID unsigned = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(30));
        readyForAPlan(unsigned, LocalDate.now(clock).minusDays(30));
        onboarding.trainingPlan(new ApprenticeshipId(unsigned), "Monthly sessions by Teams", "Friday",
                Map.of(LocalDate.now(clock).plusMonths(3), "First milestone"), "Roles", "None", "None");

        var pack = packs.assemble(quality(), new ApprenticeshipId(unsigned));

        var plan = pack.sections().stream().filter(s -> s.title().equals("Training plan")).findFirst().orElseThrow();
        assertThat(plan.missing()).contains("No signed training plan");
        assertThat(plan.lines()).allMatch(l -> l.file() == null);
    }

    @Test
    void every_download_is_on_the_audit_trail() throws IOException {
        long before = downloads();
        zip(quality());
        packs.indexPdf(quality(), new ApprenticeshipId(apprenticeship));
        assertThat(downloads()).isEqualTo(before + 2);
    }

    private long downloads() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND action = 'VIEWED'"
                        + " AND after_summary LIKE 'Funding audit evidence%'")
                .param("id", apprenticeship.toString()).query(Long.class).single();
    }

    @Test
    void leaders_open_the_pack_and_tutors_apprentices_and_employers_are_refused() {
        String api = "/api/v1/apprenticeships/" + apprenticeship + "/evidence-pack";
        for (DemoAccounts reader : List.of(DemoAccounts.QUALITY, DemoAccounts.HEAD, DemoAccounts.DIRECTOR,
                DemoAccounts.DATA_OFFICER, DemoAccounts.ADMIN)) {
            Api.Response index = Api.at(port).signedInAs(reader.email(), DemoAccounts.PASSWORD).get(api + "/index");
            assertThat(index.status()).as(reader + ": " + index.body()).isEqualTo(200);
            assertThat(index.json().get("apprentice").asString()).isEqualTo(learnerName);
        }
        Api.Response zip = Api.at(port).signedInAs(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD).get(api);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");

        for (String refused : List.of(people.tutorEmail, learnerEmail, people.lineManagerEmail,
                DemoAccounts.SAFEGUARDING.email())) {
            Api as = Api.at(port).signedInAs(refused, TestApprenticeships.PASSWORD);
            assertThat(as.get(api).status()).as(refused).isEqualTo(403);
            assertThat(as.get(api + "/index").status()).as(refused).isEqualTo(403);
            assertThat(PageClient.signedInAs(port, refused, TestApprenticeships.PASSWORD)
                    .get("/apprenticeships/" + apprenticeship + "/evidence-pack.zip").status()).isEqualTo(403);
        }
        assertThatThrownBy(() -> packs.assemble(user(people.tutorEmail), new ApprenticeshipId(apprenticeship)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_address_that_names_no_apprenticeship_is_not_found_on_the_page_and_a_bad_request_in_the_api() {
        assertThat(PageClient.signedInAs(port, DemoAccounts.QUALITY).get("/apprenticeships/not-an-id/evidence-pack")
                .status()).isEqualTo(404);
        Api.Response api = Api.at(port).signedInAs(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/apprenticeships/not-an-id/evidence-pack/index");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("id");
    }

    @Test
    void the_apprenticeship_page_links_to_the_pack_for_quality_and_not_for_its_tutor() {
        String path = "/apprenticeships/" + apprenticeship;
        PageClient.Page asQuality = PageClient.signedInAs(port, DemoAccounts.QUALITY).get(path);
        assertThat(asQuality.body()).contains("Funding audit evidence").contains(path + "/evidence-pack");
        PageClient.Page asTutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD).get(path);
        assertThat(asTutor.status()).isEqualTo(200);
        assertThat(asTutor.body()).doesNotContain(path + "/evidence-pack");

        PageClient.Page pack = PageClient.signedInAs(port, DemoAccounts.QUALITY).get(path + "/evidence-pack");
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.text()).contains("Funding audit evidence").contains("Eligibility check not completed")
                .contains("Held back: Infected upload");
        assertThat(Role.QUALITY.isStaff()).isTrue();
    }
}
