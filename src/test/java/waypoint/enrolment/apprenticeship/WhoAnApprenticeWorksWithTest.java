package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerRow;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.support.WaypointTest;

/**
 * The apprenticeship is the one record of who an apprentice works with: the learner's record, lists and access follow
 * it, and a learner with none yet works with nobody.
 */
@WaypointTest
class WhoAnApprenticeWorksWithTest {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipService service;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    LearnerAccess learnerAccess;
    @Autowired
    Learners learners;
    @Autowired
    Clock clock;
    @Autowired
    LearnerService learnerService;

    CurrentUser admin = new CurrentUser(UUID.randomUUID(), "admin-w@example.test", "Admin", Set.of(Role.ADMINISTRATOR));
    TestApprenticeships elsewhere;
    TestApprenticeships onTheApprenticeship;
    LearnerId learner;
    ApprenticeshipId apprenticeship;

    @BeforeEach
    void setUp() {
        elsewhere = new TestApprenticeships(organisation, accounts);
        onTheApprenticeship = new TestApprenticeships(organisation, accounts);
        learner = elsewhere.learner();
        apprenticeship = service.create(admin, NewApprenticeship.of(learner, onTheApprenticeship.employer,
                onTheApprenticeship.lineManager, "ST0116", onTheApprenticeship.tutor, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 1), new java.math.BigDecimal("37.5")));
    }

    @Test
    void the_apprenticeships_tutor_can_open_the_learners_record_and_another_tutor_cannot() {
        assertThat(learnerAccess.canView(userOf(onTheApprenticeship.tutorEmail), learner)).isTrue();
        assertThat(learnerAccess.canSeeDeclarations(userOf(onTheApprenticeship.tutorEmail), learner)).isTrue();
        assertThat(learnerAccess.canView(userOf(elsewhere.tutorEmail), learner)).isFalse();
    }

    @Test
    void the_learners_record_names_the_apprenticeships_employer_line_manager_and_tutor() {
        var summary = learners.find(learner).orElseThrow();

        assertThat(summary.employerId()).isEqualTo(onTheApprenticeship.employer);
        assertThat(summary.lineManagerId()).isEqualTo(onTheApprenticeship.lineManager);
        assertThat(summary.tutorId()).isEqualTo(onTheApprenticeship.tutor);
        assertThat(learners.caseloadOf(userOf(onTheApprenticeship.tutorEmail).id(), 10))
                .extracting(l -> l.id()).containsExactly(learner);
        assertThat(learners.caseloadOf(userOf(elsewhere.tutorEmail).id(), 10)).isEmpty();
    }

    @Test
    void after_a_change_of_employer_the_new_employer_sees_the_apprentice_and_nothing_shows_the_old_one() {
        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        CurrentUser oldEmployer = userOf(onTheApprenticeship.lineManagerEmail);
        assertThat(learnerAccess.canView(oldEmployer, learner)).isTrue();

        lifecycle.changeEmployer(admin, apprenticeship, newJob.employer, newJob.lineManager,
                LocalDate.now(clock), "Taken on by a new employer", null);

        assertThat(learnerAccess.canView(oldEmployer, learner)).isFalse();
        assertThat(learnerAccess.canView(userOf(newJob.lineManagerEmail), learner)).isTrue();
        assertThat(learners.find(learner).orElseThrow().employerId()).isEqualTo(newJob.employer);
        assertThat(learners.find(learner).orElseThrow().lineManagerId()).isEqualTo(newJob.lineManager);
        LearnerView record = learnerService.view(admin, learner);
        assertThat(record.employerId()).isEqualTo(newJob.employer);
        assertThat(record.lineManager().id()).isEqualTo(newJob.lineManager);
        assertThat(learnerService.list(admin, ListRequest.of(null, 0, 100, null),
                new LearnerQueries.Filter(onTheApprenticeship.employer, null)).items()).isEmpty();
        assertThat(learnerService.list(oldEmployer, ListRequest.of(null, 0, 100, null), LearnerQueries.Filter.none())
                .items()).extracting(LearnerRow::id).doesNotContain(learner.value());
    }

    @Test
    void a_learner_without_an_apprenticeship_works_with_nobody_and_no_employer_or_tutor_can_open_them() {
        LearnerId newcomer = elsewhere.learner();

        var summary = learners.find(newcomer).orElseThrow();
        assertThat(summary.employerId()).isNull();
        assertThat(summary.lineManagerId()).isNull();
        assertThat(summary.tutorId()).isNull();
        LearnerView record = learnerService.view(admin, newcomer);
        assertThat(record.hasApprenticeship()).isFalse();
        assertThat(record.employerName()).isNull();
        assertThat(record.tutor()).isNull();
        assertThat(learnerAccess.canView(userOf(elsewhere.tutorEmail), newcomer)).isFalse();
        assertThat(learnerAccess.canView(userOf(elsewhere.lineManagerEmail), newcomer)).isFalse();
        assertThat(learnerAccess.canView(admin, newcomer)).isTrue();
        assertThat(learnerService.list(admin, ListRequest.of(summary.uln(), 0, 10, null), LearnerQueries.Filter.none())
                .items()).extracting(LearnerRow::id).containsExactly(newcomer.value());
    }

    @Test
    void recording_the_apprenticeship_gives_the_learner_its_employer_and_tutor() {
        LearnerId newcomer = elsewhere.learner();

        service.create(admin, NewApprenticeship.of(newcomer, elsewhere.employer, elsewhere.lineManager, "ST0116",
                elsewhere.tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), new java.math.BigDecimal("37.5")));

        assertThat(learnerAccess.canView(userOf(elsewhere.tutorEmail), newcomer)).isTrue();
        assertThat(learnerAccess.canView(userOf(elsewhere.lineManagerEmail), newcomer)).isTrue();
        assertThat(learnerService.view(admin, newcomer).employerId()).isEqualTo(elsewhere.employer);
    }

    @Test
    void a_tutor_cannot_take_on_a_learner_by_recording_their_apprenticeship_a_manager_records_the_first() {
        LearnerId newcomer = elsewhere.learner();
        CurrentUser tutor = userOf(elsewhere.tutorEmail);

        assertThatThrownBy(() -> service.create(tutor, elsewhere.newFor(newcomer)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(learnerAccess.canView(tutor, newcomer)).isFalse();
        assertThat(learners.find(newcomer).orElseThrow().tutorId()).isNull();
    }

    private CurrentUser userOf(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
