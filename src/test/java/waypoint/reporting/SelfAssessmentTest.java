package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.reporting.internal.inspection.InspectionArea;
import waypoint.reporting.internal.inspection.SelfAssessment;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The inspection self-assessment (docs/domain/audit-and-inspection.md): organised by Ofsted's areas with Waypoint's
 * figures; leaders save judgements as versions with who and when, audited, and a stale save is refused with a
 * message; the data officer reads but does not judge; tutors are refused; the whole exports as a PDF.
 */
@WaypointTest
class SelfAssessmentTest {

    @LocalServerPort
    int port;
    @Autowired
    SelfAssessment assessment;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    CurrentUser user(DemoAccounts demo) {
        var account = accounts.findByEmail(demo.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    int currentVersion(InspectionArea area) {
        return assessment.view(user(DemoAccounts.QUALITY)).areas().stream().filter(a -> a.area() == area)
                .findFirst().orElseThrow().currentVersion();
    }

    @Test
    void the_page_follows_the_inspection_areas_with_the_evidence_waypoint_holds() {
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/self-assessment");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Inclusion").contains("Curriculum and teaching").contains("Achievement")
                .contains("Participation and development").contains("Leadership and governance")
                .contains("Contribution to meeting skills needs")
                .contains("Initial assessment completed").contains("KSBs signed off")
                .contains("Completed apprentices whose progression is recorded")
                .contains("Apprentices with a support case opened in the last 12 months");
    }

    @Test
    void a_leaders_judgement_is_saved_as_a_new_version_with_who_and_when_and_audited() {
        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);
        director.get("/self-assessment");
        int before = currentVersion(InspectionArea.ACHIEVEMENT);
        long audited = jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'self-assessment judgement'")
                .query(Long.class).single();

        PageClient.Page saved = director.post("/self-assessment/achievement", Map.of("judgement",
                "Timely achievement is strong in construction.", "basedOn", String.valueOf(before)));

        assertThat(saved.status()).isEqualTo(302);
        PageClient.Page page = director.get("/self-assessment");
        assertThat(page.text()).contains("Timely achievement is strong in construction.")
                .contains("Version " + (before + 1) + ", by " + DemoAccounts.DIRECTOR.displayName());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'self-assessment judgement'")
                .query(Long.class).single()).isEqualTo(audited + 1);

        PageClient.Page stale = director.post("/self-assessment/achievement", Map.of("judgement",
                "Written from an old copy", "basedOn", String.valueOf(before)));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text()).contains("There is a problem").contains("Someone saved a newer judgement")
                .contains("Written from an old copy");
        assertThat(currentVersion(InspectionArea.ACHIEVEMENT)).isEqualTo(before + 1);

        PageClient.Page empty = director.post("/self-assessment/achievement", Map.of("judgement", " ",
                "basedOn", String.valueOf(before + 1)));
        assertThat(empty.text()).contains("Enter your judgement for Achievement");
    }

    @Test
    void the_data_officer_reads_but_does_not_judge_and_tutors_apprentices_and_employers_are_refused() {
        PageClient data = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page page = data.get("/self-assessment");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Save the judgement");
        assertThat(data.post("/self-assessment/inclusion", Map.of("judgement", "Mine", "basedOn", "0")).status())
                .isEqualTo(403);
        for (DemoAccounts refused : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER, DemoAccounts.SAFEGUARDING}) {
            assertThat(PageClient.signedInAs(port, refused).get("/self-assessment").status()).as(refused.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void the_self_assessment_exports_as_a_pdf_with_its_judgements() throws IOException {
        int before = currentVersion(InspectionArea.INCLUSION);
        assessment.judge(user(DemoAccounts.QUALITY), InspectionArea.INCLUSION, "Support cases close well.", before);

        byte[] pdf = assessment.pdf(user(DemoAccounts.QUALITY));

        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(opened).replaceAll("\\s+", " ");
            assertThat(text).contains("Inspection self-assessment").contains("Inclusion")
                    .contains("Support cases close well.");
        }
    }
}
