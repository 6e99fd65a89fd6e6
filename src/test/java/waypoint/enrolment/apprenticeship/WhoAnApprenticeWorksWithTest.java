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

import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;

/**
 * The apprenticeship is the one record of who an apprentice works with: the learner's record, lists and access follow
 * it, whatever the learner was added with.
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
    TestApprenticeships addedWith;
    TestApprenticeships onTheApprenticeship;
    UUID learner;
    UUID apprenticeship;

    @BeforeEach
    void setUp() {
        addedWith = new TestApprenticeships(organisation, accounts);
        onTheApprenticeship = new TestApprenticeships(organisation, accounts);
        learner = addedWith.learner();
        apprenticeship = service.create(admin, NewApprenticeship.of(learner, onTheApprenticeship.employer,
                onTheApprenticeship.lineManager, "ST0116", onTheApprenticeship.tutor, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 1), new java.math.BigDecimal("37.5")));
    }

    @Test
    void the_apprenticeships_tutor_can_open_the_learners_record_and_the_tutor_it_was_added_with_cannot() {
        assertThat(learnerAccess.canView(userOf(onTheApprenticeship.tutorEmail), learner)).isTrue();
        assertThat(learnerAccess.canSeeDeclarations(userOf(onTheApprenticeship.tutorEmail), learner)).isTrue();
        assertThat(learnerAccess.canView(userOf(addedWith.tutorEmail), learner)).isFalse();
    }

    @Test
    void the_learners_record_names_the_apprenticeships_employer_line_manager_and_tutor() {
        var summary = learners.find(learner).orElseThrow();

        assertThat(summary.employerId()).isEqualTo(onTheApprenticeship.employer);
        assertThat(summary.lineManagerId()).isEqualTo(onTheApprenticeship.lineManager);
        assertThat(summary.tutorId()).isEqualTo(onTheApprenticeship.tutor);
        assertThat(learners.caseloadOf(userOf(onTheApprenticeship.tutorEmail).id(), 10))
                .extracting(l -> l.id()).containsExactly(learner);
        assertThat(learners.caseloadOf(userOf(addedWith.tutorEmail).id(), 10)).isEmpty();
    }

    @Test
    void after_a_change_of_employer_the_new_employer_sees_the_apprentice_and_the_old_one_no_longer_does() {
        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        CurrentUser oldEmployer = userOf(onTheApprenticeship.lineManagerEmail);
        assertThat(learnerAccess.canView(oldEmployer, learner)).isTrue();

        lifecycle.changeEmployer(admin, apprenticeship, newJob.employer, newJob.lineManager,
                LocalDate.now(clock), "Taken on by a new employer", null);

        assertThat(learnerAccess.canView(oldEmployer, learner)).isFalse();
        assertThat(learnerAccess.canView(userOf(newJob.lineManagerEmail), learner)).isTrue();
        assertThat(learners.find(learner).orElseThrow().employerId()).isEqualTo(newJob.employer);
        assertThat(learners.find(learner).orElseThrow().lineManagerId()).isEqualTo(newJob.lineManager);
    }

    @Test
    void a_learner_without_an_apprenticeship_yet_is_seen_by_the_tutor_they_were_added_with() {
        UUID newcomer = addedWith.learner();

        assertThat(learnerAccess.canView(userOf(addedWith.tutorEmail), newcomer)).isTrue();
        assertThat(learnerAccess.canView(userOf(onTheApprenticeship.tutorEmail), newcomer)).isFalse();
    }

    @Test
    void the_learners_record_cannot_name_another_employer_or_tutor_than_the_apprenticeship() {
        var view = learnerService.view(admin, learner);
        LearnerDetails details = new LearnerDetails(view.givenNames(), view.familyName(), view.dateOfBirth(),
                view.uln(), null, view.email(), null, "2 Low Road", null, "Leeds", "LS2 9JT", null, null,
                addedWith.employer, addedWith.lineManager, addedWith.tutor);

        assertThatThrownBy(() -> learnerService.change(admin, learner, details))
                .isInstanceOfSatisfying(FieldValidationException.class, wrong -> assertThat(wrong.errors())
                        .containsKeys("employerId", "lineManagerId", "tutorId"));
        assertThat(learners.find(learner).orElseThrow().tutorId()).isEqualTo(onTheApprenticeship.tutor);
    }

    private CurrentUser userOf(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
