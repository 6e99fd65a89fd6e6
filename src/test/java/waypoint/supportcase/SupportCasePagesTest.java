package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The support case pages: who sees what (the apprentice and the employer see their case without staff-only notes;
 * others are told it is not found), refused steps and bad input shown in the error summary.
 */
@WaypointTest
class SupportCasePagesTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SupportCaseImport cases;

    private UUID caseAtStageThreeWithANote(SupportPeople people) {
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 2, "PASTORAL", "Money worries");
        cases.tellInPerson(people.coach, id, LocalDate.now(clock));
        cases.startStage3(people.coach, id, LocalDate.now(clock), "Check-ins", "Still behind", "Log the hours", LocalDate.now(clock).plusDays(9),
                LocalDate.now(clock).plusDays(30));
        cases.meeting(people.coach, id, LocalDate.now(clock), "Sam and Cora", true, "Hours half logged", "A demo",
                "Busy weeks", "None", "Study time", "Staff-only: concerned about the family situation");
        return id;
    }

    @Test
    void the_apprentice_and_their_employer_see_their_case_without_staff_only_notes_and_others_are_told_not_found() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 100);
        UUID id = caseAtStageThreeWithANote(people);
        String path = "/support-cases/" + id;

        PageClient coach = PageClient.signedInAs(port, people.coach.email(), SupportPeople.PASSWORD);
        assertThat(coach.get(path).body()).contains("Stage 3 (formal)").contains("concerned about the family")
                .contains("Formal support (stage 3) for").contains("Hold stage 3 meeting 2 of 2");
        assertThat(coach.get("/support-cases").body()).contains("Cases by stage");
        assertThat(coach.get("/support-cases/at-risk").status()).isEqualTo(200);
        assertThat(coach.get("/support-cases/new?apprenticeship=not-an-id").status()).isEqualTo(404);

        for (String email : new String[] {people.learner.email(), people.manager.email()}) {
            PageClient own = PageClient.signedInAs(port, email, SupportPeople.PASSWORD);
            PageClient.Page page = own.get(path);
            assertThat(page.status()).as(email).isEqualTo(200);
            assertThat(page.body()).contains("Hours half logged").contains("What is expected of you")
                    .doesNotContain("concerned about the family").doesNotContain("Steps you can take now");
            assertThat(own.get("/").body()).as(email).contains("href=\"" + path + "\"");
            assertThat(own.get("/support-cases").status()).isEqualTo(403);
            assertThat(own.get("/support-cases/at-risk").status()).isEqualTo(403);
            assertThat(own.post(path + "/steps", page, Map.of("action", "MOVE_TO_STAGE_1")).status()).isEqualTo(403);
        }

        SupportPeople others = new SupportPeople(accounts, organisation, apprenticeships, 100);
        for (String email : new String[] {others.manager.email(), others.learner.email(), others.coach.email()}) {
            PageClient other = PageClient.signedInAs(port, email, SupportPeople.PASSWORD);
            PageClient.Page page = other.get(path);
            assertThat(page.status()).as(email).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Hours half logged");
            assertThat(other.get(path + "/meetings/new").status()).as(email).isEqualTo(404);
        }
    }

    @Test
    void a_step_the_policy_does_not_allow_is_shown_in_the_error_summary_with_the_reason() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 100);
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 1, "PLACEMENT",
                "Team dynamics");
        PageClient coach = PageClient.signedInAs(port, people.coach.email(), SupportPeople.PASSWORD);
        PageClient.Page form = coach.get("/support-cases/" + id + "/stage-3");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supportSoFar", "Check-ins");
        fields.put("reasons", "Behind");
        fields.put("actions[0].description", "Log the hours");
        fields.put("actions[0].dueOn", LocalDate.now(clock).plusDays(5).toString());
        fields.put("planUntil", LocalDate.now(clock).plusDays(20).toString());
        PageClient.Page refused = coach.post("/support-cases/" + id + "/stage-3", form, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary")
                .contains("stage 3 needs the apprentice to have been told in person first")
                .contains("value=\"Log the hours\"");

        PageClient.Page casePage = coach.get("/support-cases/" + id);
        PageClient.Page notFromHere = coach.post("/support-cases/" + id + "/steps", casePage,
                Map.of("action", "MOVE_TO_STAGE_1"));
        assertThat(notFromHere.body()).contains("govuk-error-summary").contains("cannot move to stage 1");
    }

    @Test
    void bad_input_gives_field_errors_with_what_was_typed_kept() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 100);
        PageClient coach = PageClient.signedInAs(port, people.coach.email(), SupportPeople.PASSWORD);
        String path = "/support-cases/new?apprenticeship=" + people.apprenticeship;
        PageClient.Page form = coach.get(path);
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page bad = coach.post(path, form, Map.of("stage", "7", "reason", "Typed reason kept"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("Choose whether the issues are pastoral")
                .contains("Choose stage 1 or stage 2").contains("Typed reason kept");
        assertThat(coach.get("/support-cases/new?apprenticeship=nope").status()).isIn(400, 404);
        assertThat(coach.get("/support-cases/at-risk?tutor=nope&page=x").status()).isEqualTo(200);
        PageClient.Page opened = coach.post(path, form, Map.of("stage", "1", "kind", "BOTH", "reason", "Behind"));
        assertThat(opened.status()).isEqualTo(302);
        String casePath = opened.location().replaceFirst("^https?://[^/]+", "");
        PageClient.Page meeting = coach.get(casePath + "/meetings/new");
        PageClient.Page refusedMeeting = coach.post(casePath + "/meetings/new", meeting, Map.of("heldOn", "31/2/2026"));
        assertThat(refusedMeeting.body()).contains("govuk-error-summary").contains("cannot record a meeting");
    }

    @Test
    void only_administrators_change_the_thresholds_and_the_catalogue() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/support-cases/settings");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Increased review frequency").contains("Extended deadline");
        PageClient.Page bad = admin.post("/support-cases/settings", form, Map.of("otjPercentBelow", "500"));
        assertThat(bad.body()).contains("There is a problem").contains("value=\"500\"");
        assertThat(form.body()).contains("Default client partner");
        PageClient.Page partner = admin.get("/support-cases/settings/client-partner");
        assertThat(partner.status()).isEqualTo(200);
        PageClient.Page badPartner = admin.post("/support-cases/settings/client-partner", partner,
                Map.of("partnerName", "Typed name kept", "partnerEmail", "not-an-email"));
        assertThat(badPartner.body()).contains("There is a problem").contains("value=\"Typed name kept\"")
                .contains("Enter the default client partner&#39;s email address");
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        PageClient.Page denied = tutor.get("/support-cases/settings");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("Only administrators change the support settings");
        assertThat(tutor.get("/support-cases/settings/client-partner").status()).isEqualTo(403);
    }
}
