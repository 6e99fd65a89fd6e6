package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/** The page and the API that bring apprentices in from an ILR file, their access, and their refusals. */
@WaypointTest
class IlrImportPagesAndApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StandardImporter standards;

    TestApprenticeships people;

    @BeforeEach
    void setUp() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
    }

    private static String reference(String first) {
        return first + TestApprenticeships.unique().substring(0, 6);
    }

    private static byte[] fileOf(String reference) {
        return IlrFiles.file(IlrFiles.apprentice(reference, TestApprenticeships.uln(), reference + "@example.test"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private PageClient as(DemoAccounts account) {
        return PageClient.signedInAs(port, account);
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void the_data_officer_checks_a_file_then_imports_its_apprentices() {
        String reference = reference("P");
        PageClient officer = as(DemoAccounts.DATA_OFFICER);
        assertThat(officer.get("/ilr/import").status()).isEqualTo(200);

        Page checked = officer.postFile("/ilr/import", "/ilr/import", "file", "ILR-other.xml", fileOf(reference),
                Map.of("tutor", people.tutor.toString(), "weeklyHours", "30"));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("ILR-other.xml is ready: 1 learner read, 1 apprentice to bring in")
                .contains("Import 1 apprentice").doesNotContain("There is a problem");
        assertThat(checked.text()).contains("What to know").contains("Learner reference Line Learner Note "
                + reference + " 37").contains("is not in Waypoint: it is added, named by its employer reference number");
        assertThat(organisation.findLearnerByReference(reference)).isEmpty();
        Matcher upload = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(checked.body());
        assertThat(upload.find()).isTrue();

        Page imported = officer.post("/ilr/import/confirm", checked, Map.of("upload", upload.group(1), "tutor",
                people.tutor.toString(), "weeklyHours", "30"));

        assertThat(imported.text()).contains("Imported").contains("1 apprentice brought in");
        assertThat(organisation.findLearnerByReference(reference)).isPresent();
    }

    @Test
    void a_file_that_is_not_xml_and_a_missing_tutor_are_shown_in_the_error_summary_never_a_500() {
        PageClient admin = as(DemoAccounts.ADMIN);

        Page missing = admin.postFile("/ilr/import", "/ilr/import", "file", "notes.xml",
                "ULN,Name\n1,Amina".getBytes(StandardCharsets.UTF_8), Map.of("weeklyHours", "30"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.text()).contains("There is a problem")
                .contains("Select the tutor of the apprentices the file brings in");

        Page notXml = admin.postFile("/ilr/import", "/ilr/import", "file", "notes.xml",
                "ULN,Name\n1,Amina".getBytes(StandardCharsets.UTF_8),
                Map.of("tutor", people.tutor.toString(), "weeklyHours", "30"));
        assertThat(notXml.status()).isEqualTo(200);
        assertThat(notXml.text()).contains("There is a problem").contains("The file has 1 problem: nothing was"
                + " imported").contains("The file is not XML: reading stopped on line 1");
    }

    @Test
    void tutors_learners_and_employers_may_not_bring_apprentices_in_by_page_or_api() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER}) {
            assertThat(as(account).get("/ilr/import").status()).as(account.name()).isEqualTo(403);
            Api.Response refused = api(account).postMultipart("/api/v1/ilr/imports", Map.of("tutor",
                    people.tutor.toString(), "weeklyHours", "30"), "file", "ilr.xml", fileOf(reference("D")));
            assertThat(refused.status()).as(account.name()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void the_api_checks_by_default_imports_when_asked_and_answers_a_bad_learner_with_a_problem_naming_them() {
        Api admin = api(DemoAccounts.ADMIN);
        String reference = reference("A");
        byte[] file = fileOf(reference);

        Api.Response checked = admin.postMultipart("/api/v1/ilr/imports", Map.of("tutor", people.tutorEmail,
                "weeklyHours", "30"), "file", "ilr.xml", file);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("dryRun").asBoolean()).isTrue();
        assertThat(checked.json().get("apprentices").asInt()).isEqualTo(1);
        assertThat(organisation.findLearnerByReference(reference)).isEmpty();

        Api.Response imported = admin.postMultipart("/api/v1/ilr/imports", Map.of("tutor", people.tutor.toString(),
                "weeklyHours", "30", "dryRun", "false"), "file", "ilr.xml", file);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("imported").asBoolean()).isTrue();
        assertThat(organisation.findLearnerByReference(reference)).isPresent();

        Api.Response again = admin.postMultipart("/api/v1/ilr/imports", Map.of("tutor", people.tutor.toString(),
                "weeklyHours", "30", "dryRun", "false"), "file", "ilr.xml", file);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("problems").get(0).get("learnRefNumber").asString()).isEqualTo(reference);
        assertThat(again.json().get("problems").get(0).get("line").asInt()).isEqualTo(37);

        Api.Response lastYear = admin.postMultipart("/api/v1/ilr/imports", Map.of("tutor", people.tutorEmail,
                "weeklyHours", "30"), "file", "ilr.xml", new String(file, StandardCharsets.UTF_8)
                .replace("ESFA/ILR/2025-26", "ESFA/ILR/2024-25").getBytes(StandardCharsets.UTF_8));
        assertThat(lastYear.status()).isEqualTo(422);
        assertThat(lastYear.json().get("fileProblems").get(0).get("message").asString())
                .isEqualTo("This is a 2024-25 file; Waypoint reads 2025-26 files");

        Api.Response invalid = admin.postMultipart("/api/v1/ilr/imports", Map.of("weeklyHours", "lots"), null, null,
                null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"file\"").contains("\"field\":\"tutor\"")
                .contains("\"field\":\"weeklyHours\"");
    }

    @Test
    void an_upload_of_two_gigabytes_is_refused_before_it_is_read() throws IOException {
        String apiAnswer = announce("/api/v1/ilr/imports", 2L * 1024 * 1024 * 1024);
        assertThat(apiAnswer).startsWith("HTTP/1.1 413").contains("The file must be 100 MB or smaller");

        String pageAnswer = announce("/ilr/import", 150L * 1024 * 1024);
        assertThat(pageAnswer).startsWith("HTTP/1.1 303").contains("/ilr/import?refused=too-large");
        assertThat(as(DemoAccounts.DATA_OFFICER).get("/ilr/import?refused=too-large").text())
                .contains("There is a problem").contains("The file must be 100 MB or smaller");
    }

    private static boolean answered(CharSequence answer) {
        String text = answer.toString();
        return text.contains("\r\n\r\n") && (text.contains("100 MB or smaller") || text.contains("Location:"));
    }

    /** Sends only the head of a request announcing a body of that length, and reads the answer. */
    private String announce(String path, long length) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data;"
                    + " boundary=x\r\nContent-Length: " + length + "\r\n\r\n--x\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            while (!answered(answer) && (read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return answer.toString();
        } catch (java.net.SocketTimeoutException waited) {
            return "no answer within 10 seconds";
        }
    }
}
