package waypoint.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The portfolio through the API and the pages: the assessment workflow with its 409 refusals, file safety (content
 * detection, downloads only for those who may see them, as attachments), the coverage matrix, the employer's view,
 * quality samples, the journal's off-the-job hours and the showcase.
 */
@WaypointTest
class PortfolioApiAndPagesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows executable: "MZ", then the DOS stub. */
    static final byte[] EXE = exe();

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;
    @Autowired
    PortfolioCoverage coverage;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    UUID otherApprenticeship;
    String otherLearnerEmail;
    LocalDate today;

    @BeforeEach
    void twoApprenticesOfOneTutorInLearningForSixMonths() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = apprenticeship();
        learnerEmail = people.lastLearnerEmail;
        otherApprenticeship = apprenticeship();
        otherLearnerEmail = people.lastLearnerEmail;
    }

    private UUID apprenticeship() {
        return people.inLearning(enrolment, "ST0116", today.minusMonths(6));
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String evidence(UUID a) {
        return "/api/v1/apprenticeships/" + a + "/evidence";
    }

    String textEvidence(String title, String... ksbs) {
        return """
                {"title": "%s", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                 "body": "What I did and what it shows", "ksbs": [%s]}""".formatted(title, today.minusDays(2),
                String.join(", ", List.of(ksbs).stream().map(k -> "\"" + k + "\"").toList()));
    }

    @Test
    void evidence_is_referred_back_resubmitted_accepted_signed_off_and_then_locked() {
        Api learner = as(learnerEmail);
        Api tutor = as(people.tutorEmail);
        Api.Response added = learner.post(evidence(apprenticeship), textEvidence("Sprint report", "K1", "S1"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        String item = evidence(apprenticeship) + "/" + id;

        Api.Response tooEarly = tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/K1/sign-off", "{}");
        assertThat(tooEarly.status()).isEqualTo(409);

        Api.Response noFeedback = tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "K1", "decision": "ACCEPTED"}, {"ksbCode": "S1", "decision": "REFERRED_BACK"}]}""");
        assertThat(noFeedback.status()).isEqualTo(400);
        assertThat(noFeedback.body()).contains("feedback-S1");

        Api.Response referred = tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "K1", "decision": "ACCEPTED"},
                               {"ksbCode": "S1", "decision": "REFERRED_BACK", "feedback": "Show the code you wrote"}]}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat(referred.json().get("state").asString()).isEqualTo("REFERRED_BACK");
        assertThat(tutor.post(item + "/assessment", "{\"decisions\": []}").status()).isEqualTo(409);

        Api.Response resubmitted = learner.post(item + "/resubmit",
                "{\"body\": \"What I did, with the code I wrote\", \"note\": \"Added the code\"}");
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(resubmitted.json().get("versions").size()).isEqualTo(2);

        Api.Response accepted = tutor.post(item + "/assessment",
                "{\"decisions\": [{\"ksbCode\": \"S1\", \"decision\": \"ACCEPTED\"}]}");
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");

        assertThat(learner.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/K1/sign-off", "{}").status())
                .isEqualTo(403);
        Api.Response matrix = tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/K1/sign-off", "{}");
        assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
        assertThat(matrix.json().get("figures").get("ksbsSignedOff").asInt()).isEqualTo(1);
        assertThat(learner.get(item).json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/S1/sign-off", "{}").status())
                .isEqualTo(200);
        assertThat(learner.get(item).json().get("state").asString()).isEqualTo("SIGNED_OFF");

        Api.Response locked = learner.put(item, """
                {"title": "Changed", "date": "%s", "type": "ASSIGNMENT", "ksbs": ["K1"], "lockVersion": %d}"""
                .formatted(today, learner.get(item).json().get("lockVersion").asInt()));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("signed-off evidence is locked");
        assertThat(learner.post(item + "/resubmit", "{\"body\": \"again\"}").status()).isEqualTo(409);

        CoverageFigures figures = coverage.of(new ApprenticeshipId(apprenticeship)).orElseThrow();
        assertThat(figures.ksbsSignedOff()).isEqualTo(2);
        assertThat(figures.ksbsWithEvidence()).isEqualTo(2);
        assertThat(figures.elapsedPercent()).isBetween(30, 36);

        Api quality = as("quality@waypoint.test");
        Api.Response decisions = quality.get(item + "/assessment-decisions");
        assertThat(decisions.json().size()).isEqualTo(3);
        String decision = decisions.json().get(0).get("id").asString();
        assertThat(tutor.post("/api/v1/portfolio/assessment-decisions/" + decision + "/samples",
                "{\"agrees\": true, \"comments\": \"Fine\"}").status()).isEqualTo(403);
        assertThat(quality.post("/api/v1/portfolio/assessment-decisions/" + decision + "/samples",
                "{\"agrees\": false, \"comments\": \"The feedback should name the KSB criteria\"}").status())
                .isEqualTo(201);
        assertThat(quality.get(item + "/assessment-decisions").body()).contains("name the KSB criteria");
    }

    @Test
    void signing_off_one_ksb_locks_that_claim_and_leaves_the_items_other_claims_open() {
        Api learner = as(learnerEmail);
        Api tutor = as(people.tutorEmail);
        String id = learner.post(evidence(apprenticeship), textEvidence("Release notes", "K3", "S3")).json()
                .get("id").asString();
        String item = evidence(apprenticeship) + "/" + id;
        tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "K3", "decision": "ACCEPTED"}, {"ksbCode": "S3", "decision": "ACCEPTED"}]}""");
        assertThat(tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/K3/sign-off", "{}").status())
                .isEqualTo(200);
        assertThat(learner.get(item).json().get("state").asString()).isEqualTo("ACCEPTED");

        // the signed-off claim's decision stands
        Api.Response onLocked = tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "K3", "decision": "REFERRED_BACK", "feedback": "Not enough"}]}""");
        assertThat(onLocked.status()).isEqualTo(409);
        assertThat(onLocked.body()).contains("K3 is signed off");

        // the other claim can still be referred back, changed and resubmitted, keeping the signed-off claim
        Api.Response referred = tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "S3", "decision": "REFERRED_BACK", "feedback": "Show the tests"}]}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat(referred.json().get("state").asString()).isEqualTo("REFERRED_BACK");
        int lock = learner.get(item).json().get("lockVersion").asInt();
        Api.Response dropping = learner.put(item, """
                {"title": "Release notes", "date": "%s", "type": "ASSIGNMENT", "ksbs": ["S3"], "lockVersion": %d}"""
                .formatted(today, lock));
        assertThat(dropping.status()).isEqualTo(400);
        assertThat(dropping.body()).contains("Keep claiming K3");
        assertThat(learner.put(item, """
                {"title": "Release notes and tests", "date": "%s", "type": "ASSIGNMENT", "ksbs": ["K3", "S3", "S4"],
                 "lockVersion": %d}""".formatted(today, lock)).status()).isEqualTo(200);
        assertThat(learner.post(item + "/resubmit", "{\"body\": \"With the tests\"}").status()).isEqualTo(200);
        Api.Response accepted = tutor.post(item + "/assessment", """
                {"decisions": [{"ksbCode": "S3", "decision": "ACCEPTED"}, {"ksbCode": "S4", "decision": "ACCEPTED"}]}""");
        assertThat(accepted.json().get("state").asString()).as(accepted.body()).isEqualTo("ACCEPTED");

        // the item locks whole only when every KSB it claims is signed off
        tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/S3/sign-off", "{}");
        assertThat(learner.get(item).json().get("state").asString()).isEqualTo("ACCEPTED");
        tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/ksbs/S4/sign-off", "{}");
        assertThat(learner.get(item).json().get("state").asString()).isEqualTo("SIGNED_OFF");
    }

    @Test
    void the_matrix_shows_every_ksb_with_its_status_and_the_gaps() {
        Api learner = as(learnerEmail);
        learner.post(evidence(apprenticeship), textEvidence("Notes", "K2"));
        Api.Response matrix = learner.get("/api/v1/apprenticeships/" + apprenticeship + "/coverage");
        assertThat(matrix.status()).isEqualTo(200);
        var ksbs = matrix.json().get("ksbs");
        assertThat(ksbs.size()).isEqualTo(matrix.json().get("figures").get("ksbsTotal").asInt()).isGreaterThan(2);
        for (var row : ksbs) {
            String code = row.get("code").asString();
            assertThat(row.get("status").asString()).isEqualTo(code.equals("K2") ? "EVIDENCE_SUBMITTED" : "NOT_STARTED");
        }
        assertThat(matrix.json().get("gaps").toString()).contains("No evidence yet").doesNotContain("\"K2\"");
        assertThat(PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + apprenticeship + "/portfolio/ksbs").body()).contains("Evidence submitted");
    }

    @Test
    void a_portfolio_address_with_a_malformed_apprenticeship_id_is_not_found_and_a_bad_request_from_the_api() {
        assertThat(as(learnerEmail).get("/api/v1/apprenticeships/not-an-id/coverage").status()).isEqualTo(400);
        assertThat(PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/not-an-id/portfolio/ksbs").status()).isEqualTo(404);
    }

    @Test
    void an_executable_renamed_pdf_is_rejected_and_nothing_is_kept() throws Exception {
        String token = token(learnerEmail);
        HttpResponse<String> response = multipart(token, evidence(apprenticeship), Map.of("title", "Report",
                "date", today.toString(), "type", "PROJECT", "ksbs", "K1"), "report.pdf", EXE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"file\"").contains("The file must be a");
        assertThat(as(learnerEmail).get(evidence(apprenticeship)).json().get("total").asInt()).isZero();
    }

    @Test
    void a_learner_cannot_download_another_learners_file_by_guessing_its_id_through_the_api_or_the_pages()
            throws Exception {
        HttpResponse<String> uploaded = multipart(token(otherLearnerEmail), evidence(otherApprenticeship),
                Map.of("title", "Private report", "date", today.toString(), "type", "PROJECT", "ksbs", "K1"),
                "private.pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = uploaded.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        Api owner = as(otherLearnerEmail);
        Api.Response own = owner.get(evidence(otherApprenticeship) + "/" + id + "/versions/1/file");
        assertThat(own.status()).isEqualTo(200);

        Api learner = as(learnerEmail);
        assertThat(learner.get(evidence(otherApprenticeship) + "/" + id + "/versions/1/file").status()).isEqualTo(404);
        assertThat(learner.get(evidence(apprenticeship) + "/" + id + "/versions/1/file").status()).isEqualTo(404);
        assertThat(learner.get(evidence(otherApprenticeship) + "/" + id).status()).isEqualTo(404);

        PageClient pages = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        assertThat(pages.get("/apprenticeships/" + otherApprenticeship + "/portfolio/evidence/" + id
                + "/versions/1/file").status()).isEqualTo(404);
        assertThat(pages.get("/apprenticeships/" + apprenticeship + "/portfolio/evidence/" + id
                + "/versions/1/file").status()).isEqualTo(404);
        PageClient.Page ownPage = PageClient.signedInAs(port, otherLearnerEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + otherApprenticeship + "/portfolio/evidence/" + id + "/versions/1/file");
        assertThat(ownPage.status()).isEqualTo(200);
        assertThat(ownPage.header("Content-Disposition")).startsWith("attachment").contains("private.pdf");
        assertThat(ownPage.header("Content-Type")).isEqualTo("application/octet-stream");
    }

    @Test
    void a_journal_date_typed_as_the_hint_shows_it_is_accepted() {
        String typed = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear();

        Api.Response entry = as(learnerEmail).post("/api/v1/apprenticeships/" + apprenticeship + "/journal",
                "{\"date\": \"" + typed + "\", \"title\": \"Typed date\", \"reflection\": \"Went well\"}");

        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
    }

    @Test
    void the_employer_sees_progress_and_shared_reflections_but_not_the_evidence() {
        Api learner = as(learnerEmail);
        learner.post(evidence(apprenticeship), textEvidence("Notes", "K1"));
        String journal = "/api/v1/apprenticeships/" + apprenticeship + "/journal";
        assertThat(learner.post(journal, """
                {"date": "%s", "title": "Shared reflection", "reflection": "Went well", "share": true}"""
                .formatted(today)).status()).isEqualTo(201);
        Api.Response withHours = learner.post(journal, """
                {"date": "%s", "title": "Private reflection", "reflection": "Online module", "hours": "1.5",
                 "activityType": "ONLINE_LEARNING"}""".formatted(today.minusDays(1)));
        assertThat(withHours.status()).as(withHours.body()).isEqualTo(201);
        assertThat(learner.post(journal, "{\"date\": \"%s\", \"title\": \"x\", \"reflection\": \"y\", \"hours\": \"0.1\"}"
                .formatted(today)).body()).contains("hours").contains("activityType");

        Api employer = as(people.lineManagerEmail);
        assertThat(employer.get(evidence(apprenticeship)).status()).isEqualTo(403);
        assertThat(employer.get("/api/v1/apprenticeships/" + apprenticeship + "/coverage").status()).isEqualTo(200);
        Api.Response shared = employer.get(journal);
        assertThat(shared.body()).contains("Shared reflection").doesNotContain("Private reflection");
        assertThat(learner.get(journal).body()).contains("Private reflection");
        assertThat(as(otherLearnerEmail).get(journal).status()).isEqualTo(404);

        // the reflection's time reaches the off-the-job hours (the otj module adds it after the commit)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                learner.get("/api/v1/apprenticeships/" + apprenticeship + "/otj-entries").body())
                .contains("Learning journal"));
    }

    @Test
    void the_showcase_exports_a_zip_with_a_pdf_index_and_an_assessor_link_shows_only_the_chosen_evidence()
            throws Exception {
        Api learner = as(learnerEmail);
        Api tutor = as(people.tutorEmail);
        String chosen = learner.post(evidence(apprenticeship), textEvidence("Chosen work", "K1")).json().get("id")
                .asString();
        String other = learner.post(evidence(apprenticeship), textEvidence("Not chosen", "K2")).json().get("id")
                .asString();
        assertThat(learner.post(evidence(apprenticeship) + "/" + chosen + "/showcase", "{\"include\": true}")
                .status()).isEqualTo(409);
        tutor.post(evidence(apprenticeship) + "/" + chosen + "/assessment",
                "{\"decisions\": [{\"ksbCode\": \"K1\", \"decision\": \"ACCEPTED\"}]}");
        assertThat(learner.post(evidence(apprenticeship) + "/" + chosen + "/showcase", "{\"include\": true}")
                .status()).isEqualTo(200);

        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/apprenticeships/" + apprenticeship + "/showcase/export"))
                .header("Authorization", "Bearer " + token(learnerEmail)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        byte[] index = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("index.pdf")) {
                    index = bytes;
                }
            }
        }
        assertThat(names).contains("index.pdf").anyMatch(n -> n.contains("Chosen-work"))
                .noneMatch(n -> n.contains("Not-chosen"));
        assertThat(new String(index, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Api.Response link = learner.post("/api/v1/apprenticeships/" + apprenticeship + "/showcase/links",
                "{\"days\": 7}");
        assertThat(link.status()).isEqualTo(201);
        String url = link.json().get("url").asString();
        PageClient anonymous = PageClient.at(port);
        PageClient.Page view = anonymous.get(url);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("Chosen work").doesNotContain("Not chosen");
        assertThat(anonymous.get("/showcase/not-a-real-token").status()).isEqualTo(404);
        assertThat(other).isNotBlank();
        assertThat(learner.post("/api/v1/apprenticeships/" + apprenticeship + "/showcase/links", "{\"days\": 400}")
                .status()).isEqualTo(400);
    }

    @Test
    void showcase_links_are_listed_and_a_revoked_link_shows_nothing_any_more() {
        Api learner = as(learnerEmail);
        String links = "/api/v1/apprenticeships/" + apprenticeship + "/showcase/links";
        String url = learner.post(links, "{\"days\": 7}").json().get("url").asString();
        String other = learner.post(links, "{\"days\": 30}").json().get("url").asString();
        assertThat(PageClient.at(port).get(url).status()).isEqualTo(200);

        Api.Response listed = as(people.tutorEmail).get(links);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(2);
        assertThat(listed.body()).doesNotContain(url.substring("/showcase/".length()));
        String first = listed.json().get(1).get("id").asString();
        assertThat(listed.json().get(1).get("status").asString()).isEqualTo("Works");
        assertThat(as(otherLearnerEmail).get(links).status()).isEqualTo(404);
        assertThat(as(otherLearnerEmail).post(links + "/" + first + "/revoke", "{}").status()).isEqualTo(404);
        assertThat(as(people.lineManagerEmail).post(links + "/" + first + "/revoke", "{}").status()).isEqualTo(403);
        assertThat(learner.post("/api/v1/apprenticeships/" + otherApprenticeship + "/showcase/links/" + first
                + "/revoke", "{}").status()).isEqualTo(404);

        PageClient pages = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        String showcase = "/apprenticeships/" + apprenticeship + "/portfolio/showcase";
        PageClient.Page page = pages.get(showcase);
        assertThat(page.body()).contains("Links for end-point assessors").contains("Revoke");
        assertThat(pages.post(showcase + "/links/" + first + "/revoke", page, Map.of()).status()).isEqualTo(302);

        assertThat(PageClient.at(port).get(url).status()).isEqualTo(404);
        assertThat(PageClient.at(port).get(other).status()).isEqualTo(200);
        Api.Response after = learner.get(links);
        assertThat(after.json().get(1).get("status").asString()).isEqualTo("Revoked");
        assertThat(after.json().get(0).get("status").asString()).isEqualTo("Works");
        assertThat(pages.get(showcase).body()).contains("Revoked");
    }

    @Test
    void pages_show_the_portfolio_to_its_learner_and_tutor_and_to_nobody_else() {
        as(learnerEmail).post(evidence(apprenticeship), textEvidence("Page evidence", "K1"));
        String path = "/apprenticeships/" + apprenticeship + "/portfolio";
        assertThat(PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD).get(path).body())
                .contains("My portfolio").contains("Page evidence");
        assertThat(PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD).get(path).body())
                .contains("Page evidence");
        assertThat(PageClient.signedInAs(port, otherLearnerEmail, TestApprenticeships.PASSWORD).get(path).status())
                .isEqualTo(404);
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/portfolio/queue").body()).contains("Page evidence");
        assertThat(tutor.get("/portfolio/caseload").status()).isEqualTo(200);
        assertThat(PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD).get("/portfolio/queue")
                .status()).isEqualTo(403);
    }

    @Test
    void a_second_editor_is_told_of_the_first_change_with_what_they_typed_kept() {
        String id = as(learnerEmail).post(evidence(apprenticeship), textEvidence("First title", "K1")).json()
                .get("id").asString();
        String edit = "/apprenticeships/" + apprenticeship + "/portfolio/evidence/" + id + "/edit";
        PageClient learner = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page learnerForm = learner.get(edit);
        assertThat(learnerForm.status()).isEqualTo(200);
        PageClient.Page tutorForm = tutor.get(edit);
        Map<String, String> fields = Map.of("title", "Tutor's title", "date", today.toString(), "type", "PROJECT",
                "ksbs", "K1", "lockVersion", "0");
        assertThat(tutor.post(edit, tutorForm, fields).status()).isEqualTo(302);

        PageClient.Page second = learner.post(edit, learnerForm, Map.of("title", "Learner's title", "date",
                today.toString(), "type", "ASSIGNMENT", "ksbs", "K1", "lockVersion", "0"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Someone else changed this evidence").contains("Learner&#39;s title");
        assertThat(as(learnerEmail).get(evidence(apprenticeship) + "/" + id).json().get("title").asString())
                .isEqualTo("Tutor's title");
    }

    private String token(String email) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + TestApprenticeships.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    HttpResponse<String> multipart(String token, String path, Map<String, String> fields, String fileName,
            byte[] content) throws Exception {
        String boundary = "----portfolio" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }
}
