package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.EMPLOYER;
import static waypoint.demo.DemoAccounts.HEAD;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import waypoint.identity.CurrentUser;
import waypoint.identity.InvitationIssued;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.learner.DeclarationDetails;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.internal.learner.Declarations;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;

/** Learners against the database: the rules of adding and changing them, and who may see them. */
@WaypointTest
@RecordApplicationEvents
class LearnerServiceTest {

    @Autowired
    LearnerService learners;
    @Autowired
    DeclarationService declarations;
    @Autowired
    LearnerAccess access;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    Fixtures fixtures;
    People people;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(organisation, apprenticeshipImport);
        people = new People(accounts);
        admin = people.as(ADMIN);
    }

    @Test
    void an_administrator_adds_a_learner_who_is_invited_and_works_with_nobody_until_an_apprenticeship_is_recorded() {
        LearnerDetails details = Fixtures.learnerDetails();

        LearnerId id = learners.create(admin, details);

        assertThat(events.stream(InvitationIssued.class)).anyMatch(e -> e.email().equals(details.email()));
        assertThat(events.stream(LearnerAssignedToTutor.class)).isEmpty();
        assertThat(learners.view(admin, id).hasApprenticeship()).isFalse();
        assertThat(learners.view(admin, id).tutor()).isNull();
        assertThat(events.stream(RecordChanged.class))
                .anyMatch(e -> e.recordType().equals("Learner") && e.recordId().equals(id.toString()));
        assertThat(learners.view(admin, id).address().postcode()).isEqualTo("LS2 9JT");
    }

    @Test
    void every_problem_with_the_details_is_a_field_error_at_once() {
        LearnerDetails details = Fixtures.learnerDetails();
        LearnerDetails bad = new LearnerDetails("", details.familyName(), LocalDate.now(clock).plusDays(1),
                "1000000063", "QQ123456C", "not-an-email", "12", null, null, null, "NOT A POSTCODE", null, null);

        assertThatThrownBy(() -> learners.create(admin, bad))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "givenNames", "dateOfBirth", "uln", "niNumber", "email", "phone", "postcode"));
    }

    @Test
    void a_duplicate_email_is_a_field_error_not_a_failure() {
        LearnerDetails details = Fixtures.learnerDetails();
        LearnerDetails taken = new LearnerDetails(details.givenNames(), details.familyName(), details.dateOfBirth(),
                details.uln(), null, TUTOR.email().toUpperCase(), null, null, null, null, details.postcode(), null,
                null);

        assertThatThrownBy(() -> learners.create(admin, taken))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("email"));
    }

    @Test
    void a_uln_belongs_to_one_learner_but_the_temporary_uln_to_any_number() {
        EmployerId employer = fixtures.employer();
        LearnerDetails first = Fixtures.learnerDetails();
        learners.create(admin, first);
        LearnerDetails second = Fixtures.learnerDetails();
        LearnerDetails sameUln = new LearnerDetails(second.givenNames(), second.familyName(), second.dateOfBirth(),
                first.uln(), null, second.email(), null, null, null, null, second.postcode(), null, null);
        assertThatThrownBy(() -> learners.create(admin, sameUln))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("uln"));

        for (int i = 0; i < 2; i++) {
            LearnerDetails temporary = Fixtures.learnerDetails();
            LearnerId id = learners.create(admin, new LearnerDetails(temporary.givenNames(), temporary.familyName(),
                    temporary.dateOfBirth(), "9999999999", null, temporary.email(), null, null, null, null,
                    temporary.postcode(), null, null));
            assertThat(learners.view(admin, id).hasTemporaryUln()).isTrue();
        }
    }

    @Test
    void changing_a_learners_details_keeps_their_account_in_step_and_who_they_work_with_as_the_apprenticeship_says() {
        EmployerId employer = fixtures.employer();
        LearnerId id = fixtures.learner(employer, null, fixtures.staffOf(TUTOR));
        LearnerDetails changed = Fixtures.learnerDetails();

        learners.change(admin, id, changed, "The learner moved house");

        assertThat(people.byEmail(changed.email()).displayName()).isEqualTo(changed.fullName());
        assertThat(learners.view(admin, id).employerId()).isEqualTo(employer);
        assertThat(learners.view(admin, id).tutor().id()).isEqualTo(fixtures.staffOf(TUTOR).value());
    }

    @Test
    void only_an_administrator_adds_learners() {
        LearnerDetails details = Fixtures.learnerDetails();
        assertThatThrownBy(() -> learners.create(people.as(TUTOR), details)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learners.create(people.as(HEAD), details)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_tutor_sees_their_caseload_and_not_another_tutors_learners() {
        EmployerId employer = fixtures.employer();
        LearnerId mine = fixtures.learner(employer, null, fixtures.staffOf(TUTOR));
        LearnerId theirs = fixtures.learner(employer, null, fixtures.tutor());
        CurrentUser tutor = people.as(TUTOR);

        assertThat(learners.view(tutor, mine).id()).isEqualTo(mine.value());
        assertThatThrownBy(() -> learners.view(tutor, theirs)).isInstanceOf(NotFoundException.class);
        assertThat(access.canView(tutor, mine)).isTrue();
        assertThat(access.canView(tutor, theirs)).isFalse();
        assertThat(learners.list(tutor, ListRequest.of(null, 0, 100, null), new LearnerQueries.Filter(employer, null))
                .items()).extracting(row -> row.id()).containsExactly(mine.value());
    }

    @Test
    void an_employer_contact_sees_their_apprentices_and_a_learner_only_themselves() {
        LearnerId theirs = fixtures.learner(fixtures.demoEmployer(), null, null);
        LearnerId other = fixtures.learner(fixtures.employer(), null, null);

        assertThat(access.canView(people.as(EMPLOYER), theirs)).isTrue();
        assertThat(access.canView(people.as(EMPLOYER), other)).isFalse();
        assertThat(access.canView(people.as(LEARNER), other)).isFalse();
        LearnerId lola = organisation.findLearner(LEARNER.email()).orElseThrow();
        assertThat(access.canView(people.as(LEARNER), lola)).isTrue();
        assertThatThrownBy(() -> learners.view(people.as(LEARNER), other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_declarations_are_for_administrators_and_the_learners_tutor_and_every_view_is_audited() {
        LearnerId id = fixtures.learner(fixtures.employer(), null, fixtures.staffOf(TUTOR));
        DeclarationDetails answers = new DeclarationDetails(Declarations.HealthDeclaration.YES, "Dyslexia",
                Declarations.Ethnicity.E39, Declarations.Sex.FEMALE, null, null);

        declarations.change(admin, id, answers);
        assertThat(declarations.view(people.as(TUTOR), id)).isEqualTo(answers);

        assertThat(events.stream(SensitiveRecordViewed.class)).singleElement()
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(id.toString()));
        assertThat(events.stream(RecordChanged.class).filter(e -> e.recordType().equals("LearnerDeclaration")))
                .singleElement().satisfies(e -> assertThat(e.after()).doesNotContain("Dyslexia", "YES", "E39"));
        assertThatThrownBy(() -> declarations.view(people.as(HEAD), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.view(people.as(EMPLOYER), id)).isInstanceOf(NotFoundException.class);
    }
}
