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
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrFix;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.ilr.IlrFixLinks;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;

/**
 * An apprentice whose training plan plans maths (docs/domain/english-and-maths-aims.md): with no qualification chosen,
 * the return's maths aim has no learning aim reference (never a made-up one) and the check says so in plain words,
 * linking to where it is chosen; once chosen at the plan's level, the aim carries its reference.
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

    @Test
    void maths_planned_without_a_qualification_is_an_error_linking_to_where_it_is_chosen_never_a_made_up_reference() {
        IlrFiles.sampleStandardInCatalogue(standards);
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.of(2025, 9, 1);
        UUID apprenticeship = people.inLearning(enrolment, IlrFiles.SAMPLE_STANDARD, start);
        UUID learner = apprenticeships.find(apprenticeship).orElseThrow().learnerId();
        onboarding.englishAndMathsResults(apprenticeship, "Level 2", "Level 1", start.minusDays(14));
        onboarding.answer(apprenticeship, "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019), including English Language grade 5"), "englishGcse",
                List.of("GCSE English Language grade 5"), "employerDecision", List.of("INCLUDE")), true);
        onboarding.skillsScan(apprenticeship, 2, 2);
        onboarding.priorLearning(apprenticeship, java.math.BigDecimal.ZERO, "No prior learning claimed");
        onboarding.trainingPlan(apprenticeship, "Two sessions a month", "Wednesday",
                Map.of(start.plusMonths(4), "Foundations"), "Apprentice, employer and provider", "None",
                "Maths functional skills Level 2", new PlannedFunctionalSkills(null, FunctionalSkillsLevel.LEVEL_2));

        IlrLearner before = learner(learner);
        IlrLearningDelivery maths = before.learningDeliveries().stream().filter(d -> d.aimType() == 3)
                .findFirst().orElseThrow();
        assertThat(maths.learnAimRef()).isNull();
        IlrFinding finding = IlrValidator.forYear(YEAR, null).check(before).stream()
                .filter(f -> f.rule().equals("FD_LearnAimRef_MA")).findFirst().orElseThrow();
        assertThat(finding.isError()).isTrue();
        assertThat(finding.message()).contains("no qualification is chosen");
        assertThat(links.of(finding.fix(), before.origin())).hasValueSatisfying(link ->
                assertThat(link.href()).isEqualTo("/apprenticeships/" + apprenticeship + "/english-maths"));
        assertThat(finding.fix()).isEqualTo(IlrFix.ENGLISH_AND_MATHS);

        EnglishMathsQualification level1 = qualification("LEVEL_1");
        assertThatThrownBy(() -> choices.chooseForTheSystem(apprenticeship, EnglishMathsQualification.Subject.MATHS,
                level1.id(), null, null, null)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("The training plan plans maths at Level 2");
        EnglishMathsQualification level2 = qualification("LEVEL_2");
        choices.chooseForTheSystem(apprenticeship, EnglishMathsQualification.Subject.MATHS, level2.id(), null, null,
                null);

        IlrLearner after = learner(learner);
        assertThat(after.learningDeliveries()).filteredOn(d -> d.aimType() == 3).singleElement().satisfies(d -> {
            assertThat(d.learnAimRef()).isEqualTo(level2.learnAimRef());
            assertThat(d.learnStartDate()).isEqualTo(start);
            assertThat(d.compStatus()).isEqualTo(IlrLearningDelivery.CONTINUING);
            assertThat(d.fams("ACT")).singleElement().satisfies(act -> assertThat(act.code()).isEqualTo("1"));
        });
        assertThat(IlrValidator.forYear(YEAR, null).check(after)).extracting(IlrFinding::rule)
                .doesNotContain("FD_LearnAimRef_MA");
    }

    private IlrLearner learner(UUID learner) {
        List<IlrLearner> built = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R12"), Set.of(learner), built::add);
        assertThat(built).hasSize(1);
        return built.get(0);
    }

    private EnglishMathsQualification qualification(String level) {
        String ref = "6" + String.format("%07d", new Random().nextInt(10_000_000));
        return qualifications.recordForTheSystem(new EnglishMathsQualifications.NewQualification(
                "Functional Skills maths " + ref, "Test Awards", "MATHS", level, "FUNCTIONAL_SKILLS", ref));
    }
}
