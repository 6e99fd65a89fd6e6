package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.EnglishMathsChoices;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TestApprenticeships;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrFix;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrOrigin;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.ilr.IlrChecking;
import waypoint.reporting.internal.ilr.IlrFixLinks;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;

/**
 * An apprentice's English and maths in the return (docs/domain/english-and-maths-aims.md): with no qualification
 * chosen, the maths aim is left out of the learner (never sent with a made-up reference) and said to be left out, with
 * where it is chosen; once chosen at the plan's level, the aim carries its reference. A break in learning closes the
 * English aim with the programme's, and the return from it restarts both.
 */
@WaypointTest
class EnglishMathsInTheReturnTest {

    static final IlrYear YEAR = IlrYear.named("2025-26");

    @Autowired
    IlrReturnSource source;
    @Autowired
    IlrFixLinks links;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    OnboardingImport onboarding;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StandardImporter standards;
    @Autowired
    EnglishMathsQualifications qualifications;
    @Autowired
    EnglishMathsChoices choices;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    IlrChecking checking;

    @Test
    void maths_planned_without_a_qualification_is_left_out_of_the_learner_never_sent_with_a_made_up_reference() {
        IlrFiles.sampleStandardInCatalogue(standards);
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.of(2025, 9, 1);
        UUID apprenticeship = people.inLearning(enrolment, IlrFiles.SAMPLE_STANDARD, start);
        LearnerId learner = apprenticeships.find(new ApprenticeshipId(apprenticeship)).orElseThrow().learnerId();
        onboarding.englishAndMathsResults(new ApprenticeshipId(apprenticeship), "Level 2", "Level 1",
                start.minusDays(14));
        onboarding.answer(new ApprenticeshipId(apprenticeship), "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019), including English Language grade 5"), "englishGcse",
                List.of("GCSE English Language grade 5"), "employerDecision", List.of("INCLUDE")), true);
        onboarding.skillsScan(new ApprenticeshipId(apprenticeship), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(apprenticeship), java.math.BigDecimal.ZERO,
                "No prior learning claimed");
        onboarding.trainingPlan(new ApprenticeshipId(apprenticeship), "Two sessions a month", "Wednesday",
                Map.of(start.plusMonths(4), "Foundations"), "Apprentice, employer and provider", "None",
                "Maths functional skills Level 2", new PlannedFunctionalSkills(null, FunctionalSkillsLevel.LEVEL_2));

        IlrLearner before = learner(learner);
        assertThat(before.learningDeliveries()).as("the maths aim is left out, the programme sent")
                .singleElement().satisfies(d -> assertThat(d.aimType()).isEqualTo(1));
        assertThat(before.origin().aimsLeftOut()).singleElement().satisfies(left -> {
            assertThat(left.apprenticeshipId()).isEqualTo(apprenticeship);
            assertThat(left.subject()).isEqualTo("MATHS");
        });
        assertThat(IlrValidator.forYear(YEAR, null).check(before)).extracting(IlrFinding::rule)
                .doesNotContain("FD_LearnAimRef_MA");
        assertThat(links.of(IlrFix.ENGLISH_AND_MATHS, new IlrOrigin(learner.value(), List.of(apprenticeship),
                List.of())))
                .hasValueSatisfying(link -> assertThat(link.href())
                        .isEqualTo("/apprenticeships/" + apprenticeship + "/english-maths"));

        EnglishMathsQualification level1 = qualification("LEVEL_1");
        assertThatThrownBy(() -> choices.chooseForTheSystem(new ApprenticeshipId(apprenticeship),
                EnglishMathsQualification.Subject.MATHS,
                level1.id(), null, null, null)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("The training plan plans maths at Level 2");
        EnglishMathsQualification level2 = qualification("LEVEL_2");
        choices.chooseForTheSystem(new ApprenticeshipId(apprenticeship), EnglishMathsQualification.Subject.MATHS,
                level2.id(), null, null,
                null);

        IlrLearner after = learner(learner);
        assertThat(after.origin().aimsLeftOut()).isEmpty();
        assertThat(after.learningDeliveries()).filteredOn(d -> d.aimType() == 3).singleElement().satisfies(d -> {
            assertThat(d.learnAimRef()).isEqualTo(level2.learnAimRef());
            assertThat(d.learnStartDate()).isEqualTo(start);
            assertThat(d.compStatus()).isEqualTo(IlrLearningDelivery.CONTINUING);
            assertThat(d.fams("ACT")).singleElement().satisfies(act -> assertThat(act.code()).isEqualTo("1"));
        });
        assertThat(IlrValidator.forYear(YEAR, null).check(after)).extracting(IlrFinding::rule)
                .doesNotContain("FD_LearnAimRef_MA");
    }

    /**
     * A break in learning closes the English aim with the programme's (docs/domain/english-and-maths-aims.md, "Breaks
     * in learning"): on a break from 2 February 2026, both are closed that day as on a break.
     */
    @Test
    void a_break_in_learning_closes_the_english_aim_on_the_breaks_start_as_it_closes_the_programme() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        UUID apprenticeship = studyingEnglish(start);
        enrolment.breakInLearning(new ApprenticeshipId(apprenticeship), LocalDate.of(2026, 2, 2), LocalDate.of(2026,
                9, 1), "Illness");

        IlrLearner built = learner(apprenticeships.find(new ApprenticeshipId(apprenticeship)).orElseThrow()
                .learnerId());

        assertThat(built.learningDeliveries()).hasSize(2).allSatisfy(d -> {
            assertThat(d.compStatus()).isEqualTo(IlrLearningDelivery.ON_A_BREAK);
            assertThat(d.learnActEndDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(d.outcome()).isEqualTo(3);
            assertThat(d.fams("ACT")).singleElement()
                    .satisfies(act -> assertThat(act.dateTo()).isEqualTo(LocalDate.of(2026, 2, 2)));
        });
        assertThat(built.learningDeliveries().get(1).aimType()).isEqualTo(3);
        assertThat(errorsOnEnglishAndMaths(built)).isEmpty();
    }

    /**
     * The return from a break opens a new English aim from the return date, marked as a restart (RES) with the
     * study's first start as its original start, as the programme's.
     */
    @Test
    void the_return_from_a_break_restarts_the_english_aim_as_it_restarts_the_programme() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        UUID apprenticeship = studyingEnglish(start);
        enrolment.breakInLearning(new ApprenticeshipId(apprenticeship), LocalDate.of(2025, 12, 1), LocalDate.of(2026,
                2, 2), "Caring");
        lifecycle.returnFromBreak(admin(), new ApprenticeshipId(apprenticeship), LocalDate.of(2026, 2, 2),
                "Back at work", null);

        IlrLearner built = learner(apprenticeships.find(new ApprenticeshipId(apprenticeship)).orElseThrow()
                .learnerId());

        List<IlrLearningDelivery> english = built.learningDeliveries().stream().filter(d -> d.aimType() == 3)
                .toList();
        assertThat(english).hasSize(2);
        assertThat(english.get(0)).satisfies(closed -> {
            assertThat(closed.learnStartDate()).isEqualTo(start);
            assertThat(closed.compStatus()).isEqualTo(IlrLearningDelivery.ON_A_BREAK);
            assertThat(closed.learnActEndDate()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(closed.fams("RES")).isEmpty();
        });
        assertThat(english.get(1)).satisfies(restarted -> {
            assertThat(restarted.learnStartDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(restarted.origLearnStartDate()).isEqualTo(start);
            assertThat(restarted.compStatus()).isEqualTo(IlrLearningDelivery.CONTINUING);
            assertThat(restarted.learnActEndDate()).isNull();
            assertThat(restarted.fams("RES")).singleElement().satisfies(res -> assertThat(res.code()).isEqualTo("1"));
            assertThat(restarted.fams("ACT")).singleElement().satisfies(act -> {
                assertThat(act.dateFrom()).isEqualTo(LocalDate.of(2026, 2, 2));
                assertThat(act.dateTo()).isNull();
            });
            assertThat(restarted.learnPlanEndDate()).isAfter(restarted.learnStartDate());
        });
        assertThat(built.learningDeliveries()).filteredOn(d -> d.aimType() == 1)
                .extracting(IlrLearningDelivery::compStatus)
                .containsExactly(IlrLearningDelivery.ON_A_BREAK, IlrLearningDelivery.CONTINUING);
        assertThat(errorsOnEnglishAndMaths(built)).isEmpty();
    }

    /** An apprentice on the sample standard from the start, studying an English qualification from the start. */
    private UUID studyingEnglish(LocalDate start) {
        IlrFiles.sampleStandardInCatalogue(standards);
        UUID apprenticeship = new TestApprenticeships(organisation, accounts).inLearning(enrolment,
                IlrFiles.SAMPLE_STANDARD, start);
        String ref = "6" + String.format("%07d", new Random().nextInt(10_000_000));
        EnglishMathsQualification english = qualifications.recordForTheSystem(
                new EnglishMathsQualifications.NewQualification("Functional Skills English " + ref, "Test Awards",
                        "ENGLISH", "LEVEL_2", "FUNCTIONAL_SKILLS", ref));
        choices.chooseForTheSystem(new ApprenticeshipId(apprenticeship), EnglishMathsQualification.Subject.ENGLISH,
                english.id(), null, null,
                null);
        return apprenticeship;
    }

    /** The errors the official rules find on the learner's English and maths aims, with what Waypoint knows. */
    private List<IlrFinding> errorsOnEnglishAndMaths(IlrLearner learner) {
        List<Integer> aims = learner.learningDeliveries().stream().filter(d -> d.aimType() == 3)
                .map(IlrLearningDelivery::aimSeqNumber).toList();
        return checking.validator(YEAR).check(learner).stream()
                .filter(f -> f.isError() && aims.contains(f.aimSeqNumber())).toList();
    }

    private CurrentUser admin() {
        var account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    private IlrLearner learner(LearnerId learner) {
        List<IlrLearner> built = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R12"), Set.of(learner.value()), built::add);
        assertThat(built).hasSize(1);
        return built.get(0);
    }

    private EnglishMathsQualification qualification(String level) {
        String ref = "6" + String.format("%07d", new Random().nextInt(10_000_000));
        return qualifications.recordForTheSystem(new EnglishMathsQualifications.NewQualification(
                "Functional Skills maths " + ref, "Test Awards", "MATHS", level, "FUNCTIONAL_SKILLS", ref));
    }
}
