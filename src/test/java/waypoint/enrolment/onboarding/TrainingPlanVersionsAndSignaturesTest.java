package waypoint.enrolment.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.onboarding.EditConflictException;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.Party;
import waypoint.enrolment.internal.onboarding.PlanVersion;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.SignatureService;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.enrolment.internal.onboarding.StaleVersionException;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.signing.SignatureRefusedException;
import waypoint.shared.signing.Signing;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;
import waypoint.organisation.EmployerId;

/** The training plan's versions and signatures: every change a new version, signed again, never changed once signed. */
@WaypointTest
class TrainingPlanVersionsAndSignaturesTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService apprenticeships;
    @Autowired
    FormTaskService forms;
    @Autowired
    InitialAssessmentService assessments;
    @Autowired
    SkillsScanService scans;
    @Autowired
    PriorLearningService priorLearning;
    @Autowired
    TrainingPlanService plans;
    @Autowired
    SignatureService signatures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    Clock clock;

    OnboardingPeople people;
    OnboardingSteps steps;

    @BeforeEach
    void setUp() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        steps = new OnboardingSteps(forms, assessments, scans, priorLearning);
    }

    @Test
    void the_plan_cannot_start_before_the_assessments_and_prior_learning() {
        assertThatThrownBy(() -> plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500")))
                .isInstanceOf(OnboardingStepRefusedException.class).hasMessageContaining("cannot start yet");
    }

    @Test
    void planned_hours_under_the_minimum_after_prior_learning_are_refused_naming_the_minimum() {
        steps.readyToPlan(people);
        BigDecimal minimum = plans.page(people.tutor, people.apprenticeship).heading().minimumOtjHours();
        assertThat(minimum).isPositive();

        assertThatThrownBy(() -> plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "100")))
                .isInstanceOfSatisfying(FieldValidationException.class, wrong -> assertThat(
                        wrong.errors().get("plannedOtjHours")).contains("at least " + minimum.toPlainString()));
    }

    @Test
    void every_change_is_a_new_version_saying_what_changed_and_needing_signing_again() {
        steps.readyToPlan(people);
        PlanVersion first = plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        signatures.signPlan(people.learner, people.apprenticeship, 1, people.learner.displayName(), "203.0.113.1");

        PlanVersion second = plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(1, "520"));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.changes()).containsExactly("First version");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.changes()).containsExactly(
                "Planned off-the-job hours changed from “500.0 hours” to “520.0 hours”");
        var page = plans.page(people.tutor, people.apprenticeship);
        assertThat(page.latest().orElseThrow().number()).isEqualTo(2);
        assertThat(page.signedBy(Party.LEARNER)).as("the learner signed version 1, not 2").isFalse();
    }

    @Test
    void a_change_of_employer_makes_a_new_version_for_the_new_employer_to_sign() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        signatures.signPlan(people.manager, people.apprenticeship, 1, people.manager.displayName(), "203.0.113.2");
        String suffix = waypoint.enrolment.TestApprenticeships.unique();
        EmployerId newEmployer = organisation.employer(new EmployerDetails("New Employer " + suffix, "3 Mill Lane", null,
                "Leeds", "LS3 1AA", Funding.LEVY));

        lifecycle.changeEmployer(people.tutor, people.apprenticeship, newEmployer, null,
                OnboardingPeople.START.plusDays(10), "Moved to a new job", null);

        var page = plans.page(people.tutor, people.apprenticeship);
        PlanVersion latest = page.latest().orElseThrow();
        assertThat(latest.number()).isEqualTo(2);
        assertThat(latest.heading().employer()).isEqualTo("New Employer " + suffix);
        assertThat(latest.changes()).singleElement().asString().contains("Employer").contains("New Employer " + suffix);
        assertThat(latest.content()).isEqualTo(plans.version(people.tutor, people.apprenticeship, 1).orElseThrow()
                .content());
        assertThat(page.signedBy(Party.EMPLOYER)).as("the old employer signed version 1, not 2").isFalse();
    }

    @Test
    void a_change_of_employer_cannot_be_recorded_ahead_of_its_date() {
        EmployerId newEmployer = organisation.employer(new EmployerDetails("Later Employer "
                + waypoint.enrolment.TestApprenticeships.unique(), "3 Mill Lane", null, "Leeds", "LS3 1AA",
                Funding.LEVY));

        assertThatThrownBy(() -> lifecycle.changeEmployer(people.tutor, people.apprenticeship, newEmployer, null,
                LocalDate.now(clock).plusDays(3), "Starts a new job next week", null))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        wrong -> assertThat(wrong.errors()).containsKey("effectiveDate"));
    }

    @Test
    void saving_the_same_plan_twice_makes_no_new_version() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        PlanVersion again = plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(1, "500"));

        assertThat(again.number()).isEqualTo(1);
    }

    @Test
    void two_staff_editing_at_once_the_second_is_told_what_the_first_changed() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(1, "510"));

        assertThatThrownBy(() -> plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(1, "530")))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("saved version 2")
                .hasMessageContaining("Planned off-the-job hours changed from “500.0 hours” to “510.0 hours”");
        assertThat(plans.page(people.tutor, people.apprenticeship).latest().orElseThrow().content()
                .plannedOtjHours()).isEqualByComparingTo("510");
    }

    @Test
    void signing_a_version_that_changed_since_it_was_shown_is_refused_with_what_changed() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(1, "550"));

        assertThatThrownBy(() -> signatures.signPlan(people.manager, people.apprenticeship, 1,
                people.manager.displayName(), "203.0.113.2"))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.latest()).isEqualTo(2);
                    assertThat(stale.changes()).containsExactly(
                            "version 2: Planned off-the-job hours changed from “500.0 hours” to “550.0 hours”");
                });
    }

    @Test
    void a_signature_needs_the_signers_own_account_name() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));

        assertThatThrownBy(() -> signatures.signPlan(people.learner, people.apprenticeship, 1, "Someone Else", "::1"))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageContaining(people.learner.displayName());
    }

    @Test
    void each_party_signs_as_themselves_and_the_hash_is_of_the_versions_exact_text() {
        steps.readyToPlan(people);
        PlanVersion version = plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));

        var learner = signatures.signPlan(people.learner, people.apprenticeship, 1, people.learner.displayName(),
                "203.0.113.1");
        var employer = signatures.signPlan(people.manager, people.apprenticeship, 1, people.manager.displayName(),
                "203.0.113.2");
        var provider = signatures.signPlan(people.tutor, people.apprenticeship, 1, people.tutor.displayName(),
                "203.0.113.3");

        assertThat(learner.party()).isEqualTo(Party.LEARNER);
        assertThat(employer.party()).isEqualTo(Party.EMPLOYER);
        assertThat(provider.party()).isEqualTo(Party.PROVIDER);
        assertThat(learner.signature().documentSha256()).isEqualTo(DocumentHash.of(version.canonicalText()))
                .isEqualTo(version.sha256());
        assertThat(learner.signature().ipAddress()).isEqualTo("203.0.113.1");
        assertThat(learner.verification()).isEqualTo(Signing.Verification.MATCHES);
        assertThat(plans.page(people.tutor, people.apprenticeship).fullySigned()).isTrue();
    }

    @Test
    void a_signed_version_never_changes_and_a_tampered_text_no_longer_verifies() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        signatures.signPlan(people.learner, people.apprenticeship, 1, people.learner.displayName(), "::1");

        assertThatThrownBy(() -> jdbc.sql("UPDATE training_plan_version SET canonical_text = 'x'"
                + " WHERE apprenticeship_id = :id").param("id", people.apprenticeship).update())
                .hasMessageContaining("never changed");

        // Past the guard (as a database superuser could), the verifier notices.
        jdbc.sql("ALTER TABLE training_plan_version DISABLE TRIGGER training_plan_version_immutable").update();
        try {
            jdbc.sql("UPDATE training_plan_version SET canonical_text = canonical_text || 'Planned off-the-job"
                    + " hours: 1 hours' WHERE apprenticeship_id = :id").param("id", people.apprenticeship).update();
        } finally {
            jdbc.sql("ALTER TABLE training_plan_version ENABLE TRIGGER training_plan_version_immutable").update();
        }
        assertThat(plans.page(people.tutor, people.apprenticeship).signatures())
                .extracting(s -> s.verification()).containsExactly(Signing.Verification.DOCUMENT_DIFFERS);
    }

    @Test
    void someone_elses_learner_or_employer_cannot_see_or_sign_the_plan() {
        steps.readyToPlan(people);
        plans.save(people.tutor, people.apprenticeship, OnboardingSteps.plan(0, "500"));
        OnboardingPeople others = new OnboardingPeople(accounts, organisation, apprenticeships);

        assertThatThrownBy(() -> plans.page(others.learner, people.apprenticeship))
                .isInstanceOf(waypoint.shared.NotFoundException.class);
        assertThatThrownBy(() -> signatures.signPlan(others.manager, people.apprenticeship, 1,
                others.manager.displayName(), "::1")).isInstanceOf(waypoint.shared.NotFoundException.class);
        assertThatThrownBy(() -> plans.save(people.learner, people.apprenticeship, OnboardingSteps.plan(1, "500")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
