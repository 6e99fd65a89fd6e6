package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;
import waypoint.supportcase.internal.SupportCaseRefused;
import waypoint.supportcase.internal.SupportAppeals;

/**
 * Stage 5 and its appeal (your support policy, Points to note): the director's recommendation to end the apprenticeship opens
 * a 10-working-day appeal window; the termination takes effect only when the window has passed (the nightly job) or
 * the appeal is decided. Another policy ends an apprenticeship without the stages.
 */
@WaypointTest
class StageFiveAppealTest {

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
    Apprenticeships read;
    @Autowired
    SupportCaseImport cases;
    @Autowired
    SupportAppeals service;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    SupportPeople people;

    @BeforeEach
    void givenAnApprenticeInLearning() {
        people = new SupportPeople(accounts, organisation, apprenticeships, 200);
    }

    /** Takes a case through stages 3 and 4 into stage 5, with the director's recommendation to end it emailed. */
    private UUID atStageFiveWithTermination() {
        LocalDate today = LocalDate.now(clock);
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 1, "PLACEMENT", "No progress");
        cases.tellInPerson(people.coach, id, today.minusDays(10));
        cases.startStage3(people.coach, id, today.minusDays(9), "Check-ins", "No evidence", "Submit evidence", today,
                today);
        meetings(people.coach, id);
        cases.recommend(people.coach, id, "ESCALATE_TO_STAGE_4", "No evidence");
        cases.step(people.coach, id, "SEND_RECOMMENDATION_EMAIL");
        cases.startStage(people.lead, id, 4, today.minusDays(6), today);
        meetings(people.lead, id);
        cases.recommend(people.lead, id, "ESCALATE_TO_STAGE_5", "Still none");
        cases.step(people.lead, id, "SEND_RECOMMENDATION_EMAIL");
        cases.startStage(people.head, id, 5, today.minusDays(3), today);
        meetings(people.head, id);
        // the head runs stage 5 but the director recommends
        assertThatThrownBy(() -> cases.recommend(people.head, id, "END_APPRENTICESHIP", "x"))
                .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("Your support policy: only the")
                .hasMessageContaining("may record the recommendation");
        cases.recommend(people.director, id, "END_APPRENTICESHIP", "No progress through three stages");
        cases.step(people.director, id, "SEND_RECOMMENDATION_EMAIL");
        return id;
    }

    private void meetings(CurrentUser by, UUID id) {
        for (int i = 0; i < 2; i++) {
            cases.meeting(by, id, LocalDate.now(clock), "Apprentice and " + by.displayName(), i == 0, "None", "None",
                    "Workload", "None", "None", null);
        }
    }

    private LocalDate deadline(UUID id) {
        return jdbc.sql("SELECT appeal_deadline FROM support_case WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    @Test
    void the_appeal_window_is_ten_working_days_and_the_termination_waits_for_the_appeal_to_be_decided() {
        UUID id = atStageFiveWithTermination();
        assertThat(deadline(id)).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 10));
        assertThatThrownBy(() -> cases.step(people.director, id, "END_APPRENTICESHIP"))
                .isInstanceOf(SupportCaseRefused.class).hasMessageContaining("appeal window has passed");

        // the employer appeals in writing, through the API
        Api manager = Api.at(port).signedInAs(people.manager.email(), SupportPeople.PASSWORD);
        Api.Response appealed = manager.post("/api/v1/support-cases/" + id + "/appeal",
                "{\"text\":\"We disagree: the workload was ours, and we have now protected study time\"}");
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        assertThat(manager.post("/api/v1/support-cases/" + id + "/appeal", "{\"text\":\"Again\"}").status())
                .isEqualTo(409);

        Api director = Api.at(port).signedInAs(people.director.email(), SupportPeople.PASSWORD);
        Api.Response early = director.post("/api/v1/support-cases/" + id + "/actions/end-apprenticeship", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).isEqualTo("the appeal must be decided first");
        assertThat(director.post("/api/v1/support-cases/" + id + "/actions/dismiss-appeal", "{}").status())
                .isEqualTo(400);
        Api.Response decided = director.post("/api/v1/support-cases/" + id + "/actions/dismiss-appeal",
                "{\"note\":\"The evidence was still missing after the protected time\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("supportCase").get("stage").asString()).isEqualTo("ENDED");
        assertThat(read.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow().status())
                .isEqualTo(ApprenticeshipStatus.WITHDRAWN);
    }

    @Test
    void an_upheld_appeal_withdraws_the_termination_and_the_director_recommends_again() {
        UUID id = atStageFiveWithTermination();
        Api learner = Api.at(port).signedInAs(people.learner.email(), SupportPeople.PASSWORD);
        assertThat(learner.post("/api/v1/support-cases/" + id + "/appeal", "{\"text\":\"I was ill\"}").status())
                .isEqualTo(200);
        cases.step(people.director, id, "UPHOLD_APPEAL", "The illness was not known at stage 5");
        assertThat(read.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow().status())
                .isEqualTo(ApprenticeshipStatus.IN_LEARNING);
        cases.recommend(people.director, id, "EXTEND_STAGE_3", "The illness explains the gap; more time at stage 3");
        cases.step(people.director, id, "SEND_RECOMMENDATION_EMAIL");
        assertThatThrownBy(() -> cases.step(people.director, id, "EXTEND_STAGE_3"))
                .isInstanceOf(waypoint.shared.web.FieldValidationException.class);
        cases.extendStage3(people.director, id, LocalDate.now(clock).plusDays(28));
        assertThat(jdbc.sql("SELECT stage FROM support_case WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("STAGE_3");
    }

    @Test
    void without_an_appeal_the_termination_takes_effect_once_the_window_has_passed() {
        UUID id = atStageFiveWithTermination();
        assertThat(service.endAfterAppealWindow(id)).isFalse();
        // the window closes: ten working days go by
        LocalDate deadline = jdbc.sql("SELECT appeal_deadline FROM support_case WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        clock.moveTo(deadline.plusDays(1));
        Api learner = Api.at(port).signedInAs(people.learner.email(), SupportPeople.PASSWORD);
        Api.Response late = learner.post("/api/v1/support-cases/" + id + "/appeal", "{\"text\":\"Too late\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("the appeal window closed on");
        assertThat(service.endAfterAppealWindow(id)).isTrue();
        assertThat(read.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow().status())
                .isEqualTo(ApprenticeshipStatus.WITHDRAWN);
    }

    @Test
    void another_policy_ends_the_apprenticeship_without_the_stages_naming_the_policy() {
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        String body = "{\"policy\":\"Code of conduct\",\"date\":\"" + LocalDate.now(clock) + "\",\"withdrawalReason\":"
                + "\"EXCLUSION\",\"details\":\"Gross misconduct at the employer\"}";
        assertThat(coach.post("/api/v1/apprenticeships/" + people.apprenticeship + "/other-policy-ending", body)
                .status()).isEqualTo(403);
        Api head = Api.at(port).signedInAs(people.head.email(), SupportPeople.PASSWORD);
        Api.Response ended = head.post("/api/v1/apprenticeships/" + people.apprenticeship + "/other-policy-ending",
                body);
        assertThat(ended.status()).as(ended.body()).isEqualTo(201);
        assertThat(ended.json().get("supportCase").get("stage").asString()).isEqualTo("ENDED_BY_OTHER_POLICY");
        assertThat(ended.json().get("supportCase").get("otherPolicy").asString()).isEqualTo("Code of conduct");
        assertThat(read.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow().status())
                .isEqualTo(ApprenticeshipStatus.WITHDRAWN);
        // the details are staff-only: the apprentice sees the ending but not them
        Api learner = Api.at(port).signedInAs(people.learner.email(), SupportPeople.PASSWORD);
        Api.Response seen = learner.get("/api/v1/support-cases/" + ended.json().get("supportCase").get("id").asString());
        assertThat(seen.body()).contains("Code of conduct").doesNotContain("Gross misconduct");
    }

    @Test
    void the_employers_own_choice_and_actions_are_noted_alongside() {
        UUID id = cases.open(people.coach, new ApprenticeshipId(people.apprenticeship), 1, "PLACEMENT",
                "Team dynamics");
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        Api.Response noted = coach.post("/api/v1/support-cases/" + id + "/employer",
                "{\"choice\":\"SEPARATELY\",\"actions\":\"A performance improvement plan from HR\"}");
        assertThat(noted.status()).isEqualTo(200);
        assertThat(noted.json().get("supportCase").get("employerChoice").asString()).isEqualTo("SEPARATELY");
        assertThat(coach.post("/api/v1/support-cases/" + id + "/employer", "{\"choice\":\"WHATEVER\"}").status())
                .isEqualTo(400);
    }
}
