package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * An off-the-job entry may point to one of the apprentice's own portfolio evidence items: chosen in the form or sent as
 * {@code portfolioEvidenceId}, shown on the entry with a link to the evidence for those who may open it; an item of
 * another apprenticeship, or no id at all, is a field error, never saved.
 */
@WaypointTest
class PortfolioEvidenceOnEntriesTest {

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

    TestApprenticeships people;
    LocalDate today;
    UUID apprenticeship;
    String learnerEmail;
    UUID otherApprenticeship;
    String otherLearnerEmail;
    String ownEvidence;
    String othersEvidence;

    @BeforeEach
    void twoApprenticesOfOneTutorEachWithPortfolioEvidence() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = apprenticeship();
        learnerEmail = people.lastLearnerEmail;
        otherApprenticeship = apprenticeship();
        otherLearnerEmail = people.lastLearnerEmail;
        ownEvidence = evidence(learnerEmail, apprenticeship, "Own sprint report");
        othersEvidence = evidence(otherLearnerEmail, otherApprenticeship, "Someone else's design notes");
    }

    private UUID apprenticeship() {
        return people.inLearning(enrolment, "ST0116", today.minusMonths(4));
    }

    private String evidence(String email, UUID a, String title) {
        Api.Response added = as(email).post("/api/v1/apprenticeships/" + a + "/evidence", """
                {"title": "%s", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                 "body": "What I did and what it shows", "ksbs": ["K1"]}""".formatted(title, today.minusDays(3)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String entries() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
    }

    String entry(LocalDate date, String evidenceId) {
        return """
                {"date": "%s", "duration": "1.5", "activityType": "ASSIGNMENT_WRITING",
                 "description": "Wrote up the sprint report", "portfolioEvidenceId": %s}"""
                .formatted(date, evidenceId == null ? "null" : "\"" + evidenceId + "\"");
    }

    @Test
    void an_entry_points_to_the_apprentices_own_evidence_and_links_to_it_for_those_who_may_open_it() {
        Api.Response logged = as(learnerEmail).post(entries(), entry(today.minusDays(2), ownEvidence));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        Api.Response read = as(people.tutorEmail).get(entries() + "/" + logged.json().get("id").asString());
        assertThat(read.json().get("portfolioEvidenceId").asString()).isEqualTo(ownEvidence);
        assertThat(read.json().get("portfolioEvidenceTitle").asString()).isEqualTo("Own sprint report");

        String link = "/apprenticeships/" + apprenticeship + "/portfolio/evidence/" + ownEvidence;
        PageClient learner = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        assertThat(learner.get("/apprenticeships/" + apprenticeship + "/off-the-job").body())
                .contains("Own sprint report").contains("href=\"" + link + "\"");
        assertThat(learner.get(link).status()).isEqualTo(200);

        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/apprenticeships/" + apprenticeship + "/off-the-job/" + logged.json().get("id")
                .asString() + "/review").body()).contains("Portfolio evidence").contains("href=\"" + link + "\"");

        PageClient employer = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(employer.get("/apprenticeships/" + apprenticeship + "/off-the-job").body())
                .contains("Own sprint report").doesNotContain("href=\"" + link + "\"");
    }

    @Test
    void evidence_of_another_apprenticeship_or_a_wrong_id_is_a_400_field_error_in_the_api() {
        for (String wrong : new String[] {othersEvidence, "not-an-id", UUID.randomUUID().toString()}) {
            Api.Response refused = as(learnerEmail).post(entries(), entry(today.minusDays(2), wrong));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.body()).contains("portfolioEvidenceId").doesNotContain("design notes");
        }
        // what was typed is checked first, then whose the evidence is, with the rest of the entry's rules
        Api.Response untyped = as(learnerEmail).post(entries(), """
                {"date": "%s", "duration": "1", "activityType": "", "description": "x",
                 "portfolioEvidenceId": "%s"}""".formatted(today.minusDays(2), othersEvidence));
        assertThat(untyped.status()).isEqualTo(400);
        assertThat(untyped.body()).contains("activityType");
        Api.Response typed = as(learnerEmail).post(entries(), """
                {"date": "%s", "duration": "1", "activityType": "ASSIGNMENT_WRITING", "description": "x",
                 "portfolioEvidenceId": "%s"}""".formatted(today.minusDays(2), othersEvidence));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).contains("portfolioEvidenceId");
        assertThat(as(learnerEmail).get(entries()).json().get("total").asInt()).isZero();

        String id = as(learnerEmail).post(entries(), entry(today.minusDays(2), null)).json().get("id").asString();
        Api.Response changed = as(learnerEmail).put(entries() + "/" + id, """
                {"date": "%s", "duration": "1.5", "activityType": "ASSIGNMENT_WRITING",
                 "description": "Wrote up the sprint report", "portfolioEvidenceId": "%s", "version": 0}"""
                .formatted(today.minusDays(2), ownEvidence));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("portfolioEvidenceId").asString()).isEqualTo(ownEvidence);
    }

    @Test
    void the_form_offers_only_the_apprentices_own_evidence_and_refuses_anyone_elses_with_the_entry_kept() {
        PageClient learner = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        String form = "/apprenticeships/" + apprenticeship + "/off-the-job/new";
        PageClient.Page page = learner.get(form);
        assertThat(page.body()).contains("Evidence from the portfolio").contains("Own sprint report")
                .contains("value=\"" + ownEvidence + "\"").doesNotContain("design notes");

        PageClient.Page forged = learner.post(form, page, Map.of("date", today.minusDays(2).toString(),
                "duration", "2", "activityType", "THEORY", "description", "Kept description",
                "portfolioEvidenceId", othersEvidence));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body()).contains("There is a problem").contains("own portfolio")
                .contains("Kept description");
        assertThat(as(learnerEmail).get(entries()).json().get("total").asInt()).isZero();

        PageClient.Page chosen = learner.post(form, page, Map.of("date", today.minusDays(2).toString(),
                "duration", "2", "activityType", "THEORY", "description", "Kept description",
                "portfolioEvidenceId", ownEvidence));
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(as(learnerEmail).get(entries()).json().get("items").get(0).get("portfolioEvidenceId").asString())
                .isEqualTo(ownEvidence);
    }
}
